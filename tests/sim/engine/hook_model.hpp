// A test model whose behaviour is given by callbacks, logging every event each LP handles.
#pragma once

#include <cstdint>
#include <functional>
#include <vector>

#include "sim/engine/scheduler.hpp"

namespace attachsim::sim::testing {

/// A payload with one tag.
struct Msg {
  std::uint64_t tag;
};

/// Calls on_init/on_event and logs each LP's handled events in its own vector.
struct HookModel {
  using Payload = Msg;

  explicit HookModel(LpId lps) : log(lps) {}

  void initialize(LpContext<Msg>& ctx) {
    if (on_init) on_init(ctx);
  }
  void handle(LpContext<Msg>& ctx, const Event<Msg>& e) {
    log[ctx.lp()].push_back(e);
    if (on_event) on_event(ctx, e);
  }

  std::function<void(LpContext<Msg>&)> on_init;
  std::function<void(LpContext<Msg>&, const Event<Msg>&)> on_event;
  std::vector<std::vector<Event<Msg>>> log;
};

/// A scheduler configuration for tests.
inline SchedulerConfig config(LpId lps, Tick lookahead, Tick end, int threads = 1) {
  SchedulerConfig c;
  c.num_lps = lps;
  c.lookahead = lookahead;
  c.end_time = end;
  c.threads = threads;
  return c;
}

}  // namespace attachsim::sim::testing
