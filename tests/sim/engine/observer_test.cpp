#include "sim/engine/observer.hpp"

#include <vector>

#include <gtest/gtest.h>

#include "sim/engine/scheduler.hpp"
#include "tests/sim/engine/hook_model.hpp"

namespace attachsim::sim {
namespace {

using testing::config;
using testing::HookModel;
using testing::Msg;

// Records, at each observation time, how many events have committed and the latest one.
class Census : public Observer {
 public:
  Census(const HookModel& model, Tick every) : model_(model), every_(every), next_(every) {}
  Tick next_observation_time() const override { return next_; }
  void observe(Tick time) override {
    std::size_t count = 0;
    Tick latest = -1;
    for (const auto& lp : model_.log) {
      count += lp.size();
      for (const auto& e : lp)
        latest = std::max(latest, e.time);
    }
    times.push_back(time);
    counts.push_back(count);
    latest_seen.push_back(latest);
    next_ = time + every_;
  }

  std::vector<Tick> times;
  std::vector<std::size_t> counts;
  std::vector<Tick> latest_seen;

 private:
  const HookModel& model_;
  Tick every_;
  Tick next_;
};

// Events at t = 3, 6, 9, ... on every LP (self-scheduled, lookahead 50 so windows are wide).
// An observation at t sees exactly the events before t: 4 LPs * floor((t-1)/3) of them.
TEST(Observer, SeesExactlyTheEventsBeforeItsTime) {
  HookModel m(4);
  m.on_init = [](LpContext<Msg>& ctx) { ctx.schedule(ctx.lp(), 3, {0}); };
  m.on_event = [](LpContext<Msg>& ctx, const Event<Msg>&) {
    ctx.schedule(ctx.lp(), ctx.now() + 3, {0});
  };
  Census census(m, 10);
  Scheduler<HookModel> s(m, config(4, 50, 99, 2));
  s.add_observer(census);
  s.run();
  // Observations at 10, 20, ..., 100 (end_time + 1 is the last one due).
  ASSERT_EQ(census.times.size(), 10u);
  for (std::size_t i = 0; i < census.times.size(); ++i) {
    const Tick t = census.times[i];
    EXPECT_EQ(t, static_cast<Tick>(10 * (i + 1)));
    EXPECT_EQ(census.counts[i], static_cast<std::size_t>(4 * ((t - 1) / 3))) << "t=" << t;
    EXPECT_LT(census.latest_seen[i], t);
  }
}

class Stuck : public Observer {
 public:
  Tick next_observation_time() const override { return 5; }
  void observe(Tick) override {}
};

TEST(Observer, ThatDoesNotAdvanceIsAnError) {
  HookModel m(1);
  Stuck stuck;
  Scheduler<HookModel> s(m, config(1, 5, 100));
  s.add_observer(stuck);
  EXPECT_THROW(s.run(), SchedulerConfigError);
}

}  // namespace
}  // namespace attachsim::sim
