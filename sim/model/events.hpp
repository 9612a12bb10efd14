// The payload of every attachment-model event, and the context handlers run in.
#pragma once

#include <cstdint>

#include "sim/engine/rng.hpp"
#include "sim/engine/scheduler.hpp"
#include "sim/model/caregiving.hpp"
#include "sim/model/community.hpp"
#include "sim/model/params.hpp"

namespace attachsim::model {

/// What an event is about: 16 bytes, no padding.
struct ModelEvent {
  EventKind kind;      ///< what happens
  PersonIndex person;  ///< whom it happens to (the child in an episode)
  PersonIndex figure;  ///< the attachment figure involved, or kNobody
  std::uint32_t tag;   ///< the episode id, or the assessment wave
};

/// The tag of an assessment event: instrument and wave.
constexpr std::uint32_t assessment_tag(Instrument instrument, std::uint32_t wave) {
  return (static_cast<std::uint32_t>(instrument) << 16) | wave;
}

/// The entity word of community-level draws (no person has this index).
inline constexpr std::uint32_t kCommunityEntity = 0xffffffffu;

/// The engine context of the model's LPs.
using Context = sim::LpContext<ModelEvent>;

/// Everything a handler needs: parameters, the community, the engine context.
struct Step {
  const ModelParams& p;  ///< the experiment
  Community& c;          ///< the community being run
  Context& ctx;          ///< clock and scheduling

  /// The random stream of person i (advances that person's counter).
  sim::RandomStream rng(PersonIndex i) {
    return {ctx.seed(), i, stream_of(c.index, StreamKind::person), c.people[i].rng_counter};
  }
  /// The community's own random stream (monthly processes, school years).
  sim::RandomStream community_rng() {
    return {ctx.seed(), kCommunityEntity, stream_of(c.index, StreamKind::community), c.rng_counter};
  }
  /// The key of this community's stateless draws.
  WorldKey world() const { return {ctx.seed(), stream_of(c.index, StreamKind::person)}; }
  /// Schedules an event for this community at time `at`.
  void schedule(sim::Tick at, EventKind kind, PersonIndex person, PersonIndex figure = kNobody,
                std::uint32_t tag = 0) {
    ctx.schedule(ctx.lp(), at, ModelEvent{kind, person, figure, tag});
  }
};

}  // namespace attachsim::model
