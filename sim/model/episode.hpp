// Distress episodes as event chains (DESIGN §3): onset, choice of a present figure, signal,
// the figure's response or the child's patience running out, escalation or giving up,
// resolution, and what the child learns from it.
#pragma once

#include "sim/model/events.hpp"

namespace attachsim::model {

/// Distress episodes per day for a person of this age and stress.
double distress_rate_per_day(const EpisodeParams& p, double age_days, float stress);

/// Schedules person i's next distress onset, drawing on `rng`: person i's stream, the one its
/// handler already holds (one stream per handler computes the fewest Philox blocks).
void schedule_next_onset(Step& s, PersonIndex i, sim::RandomStream& rng);

/// A distress episode begins: pick a present figure and signal (or hide it, or self-soothe).
void on_distress_onset(Step& s, PersonIndex child);

/// The child's patience ran out before the figure came: escalate or give up.
void on_patience_expired(Step& s, PersonIndex child, std::uint32_t episode);

/// The figure came: comfort (perhaps fright), learning, resolution.
void on_response(Step& s, PersonIndex child, std::uint32_t episode);

}  // namespace attachsim::model
