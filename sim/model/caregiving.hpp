// The caregiving side: drawing adults' traits from the configured distributions (with the risk
// mix), availability that fluctuates over weeks and months, presence, and the chance that a
// figure answers a signal.
#pragma once

#include <cstdint>

#include "sim/engine/rng.hpp"
#include "sim/model/params.hpp"
#include "sim/model/person.hpp"

namespace attachsim::model {

/// Keys stateless draws (presence, availability) that are functions of time, not of order.
struct WorldKey {
  std::uint64_t seed;    ///< run seed
  std::uint32_t stream;  ///< the community's stream base (see stream_of)
};

/// Kinds of random stream; combined with the community index into Philox's stream word.
enum class StreamKind : std::uint32_t {
  person = 0,     ///< a person's own draws (counter in the person)
  presence = 1,   ///< presence by the hour (stateless)
  month = 2,      ///< availability by the month (stateless)
  week = 3,       ///< availability by the week (stateless)
  family = 4,     ///< a family's composition at the start (keyed by the mother)
  community = 5,  ///< community-level processes (counter in the community)
};

/// The Philox stream word of a community's stream of one kind (communities < 2^28).
constexpr std::uint32_t stream_of(std::uint32_t community, StreamKind kind) {
  return (community << 4) | static_cast<std::uint32_t>(kind);
}

/// A Beta(mean * concentration, (1 - mean) * concentration) draw.
double beta_draw(sim::RandomStream& rng, double mean, double concentration);

/// The means of the traits that differ between kinds of caregiver.
struct TraitMeans {
  double sensitivity;        ///< mean sensitivity
  double consistency;        ///< mean consistency
  double frightening_share;  ///< share who frighten
  float load;                ///< chronic load
};

/// The trait means of an ordinary (low-risk) or a high-risk family's adults.
TraitMeans family_means(const ModelParams& p, bool high_risk);

/// Draws an adult's caregiving traits around `means` (other traits from `p`).
Caregiving draw_caregiving(sim::RandomStream& rng, const CareParams& p, const TraitMeans& means);

/// Draws the attunement of a new caregiver-child pair.
float draw_attunement(sim::RandomStream& rng, const CareParams& p);

/// Share of the usual availability person `index` has left at time t: chronic load, and bad
/// months (4 weeks) and weeks; a deterministic function of the person and the calendar.
float availability(const WorldKey& key, PersonIndex index, Person& figure, sim::Tick t,
                   const CareParams& p);

/// True when person `index` is at hand in hour `hour` (whole hours since time 0), with probability
/// `chance`; the same for every person who looks in that hour.
bool present(const WorldKey& key, PersonIndex index, Person& figure, std::int32_t hour,
             double chance);

/// Chance that a figure answers a signal of the given intensity now (before load).
float answer_probability(const Caregiving& care, float attunement, float availability,
                         float intensity);

}  // namespace attachsim::model
