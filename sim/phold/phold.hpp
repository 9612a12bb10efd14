// PHOLD, the standard benchmark of parallel discrete-event simulators, on the attachsim engine,
// with the semantics of the reference PHOLD in ROSS (models/phold): every event schedules one
// new event, for a uniformly chosen LP with probability `remote` (else for its own LP), after a
// delay of lookahead + Exp(mean - lookahead). Each LP starts with `start_events` such events.
//
//   PholdModel model(params, seed);
//   Scheduler<PholdModel> s(model, model.scheduler_config(threads));
//   s.run();
#pragma once

#include <cstdint>
#include <vector>

#include "sim/engine/event.hpp"
#include "sim/engine/scheduler.hpp"

namespace attachsim::sim::phold {

/// PHOLD's parameters in model time units (a unit is ticks_per_unit ticks).
struct PholdParams {
  LpId lps = 16384;                ///< number of LPs
  std::uint32_t start_events = 1;  ///< initial events per LP
  double remote = 0.1;             ///< probability that an event targets a random LP
  double mean = 2.0;               ///< mean delay between an event and the one it schedules
  double lookahead = 1.0;          ///< minimum delay, and the engine's window width
  double end = 1000.0;             ///< end time (inclusive)
  std::int64_t ticks_per_unit = 1'000'000;  ///< time resolution
};

/// Throws attachsim::Error naming the first parameter that is out of range.
void validate(const PholdParams& p);

/// The message a PHOLD event carries: how many events precede it in its chain.
struct PholdMessage {
  std::uint64_t generation;  ///< 0 for initial events, +1 for each hop
};

/// The PHOLD model: per-LP random counters and counts, handlers for the engine.
class PholdModel {
 public:
  using Payload = PholdMessage;

  /// Builds the model for `params` (validated; throws attachsim::Error).
  explicit PholdModel(const PholdParams& params);

  /// The scheduler configuration that runs this model with `threads` threads.
  SchedulerConfig scheduler_config(int threads, std::uint64_t seed) const;

  /// Schedules the LP's initial events.
  void initialize(LpContext<Payload>& ctx);
  /// Handles one event: schedules its successor.
  void handle(LpContext<Payload>& ctx, const Event<Payload>& event);

  /// Digest of every LP's final model state (random counters, events handled, deepest chain).
  std::uint64_t state_digest(LpRange owned) const;

 private:
  struct LpState {
    std::uint64_t rng_counter = 0;
    std::uint64_t handled = 0;
    std::uint64_t deepest = 0;
  };

  // Delay and destination of the next event, from one Philox block.
  Event<Payload> next_event(LpContext<Payload>& ctx, LpState& lp, std::uint64_t generation) const;

  PholdParams params_;
  Tick lookahead_ticks_;
  double extra_mean_ticks_;
  std::uint32_t remote_threshold_;
  bool always_remote_;
  std::vector<LpState> lps_;
};

}  // namespace attachsim::sim::phold
