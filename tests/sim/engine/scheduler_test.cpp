#include "sim/engine/scheduler.hpp"

#include <atomic>

#include <gtest/gtest.h>

#include "tests/sim/engine/hook_model.hpp"

namespace attachsim::sim {
namespace {

using testing::config;
using testing::HookModel;
using testing::Msg;

// A ring: every event is forwarded to the next LP after `delay`, so work crosses LPs constantly.
void make_ring(HookModel& m, Tick delay) {
  m.on_init = [delay](LpContext<Msg>& ctx) { ctx.schedule(ctx.lp(), delay, {ctx.lp()}); };
  m.on_event = [delay](LpContext<Msg>& ctx, const Event<Msg>& e) {
    ctx.schedule((ctx.lp() + 1) % ctx.num_lps(), ctx.now() + delay, {e.payload.tag + 1});
  };
}

TEST(Scheduler, EmptyModelCommitsNothingAndEnds) {
  HookModel m(4);
  Scheduler<HookModel> s(m, config(4, 10, 1000));
  const RunStats stats = s.run();
  EXPECT_EQ(stats.committed_events, 0u);
  EXPECT_EQ(stats.windows, 0u);
  EXPECT_EQ(stats.now, 1001);
}

// Five events at t=10 for LP 3: from LPs 0, 1, 2 (cross-LP) and two from LP 3 itself. They
// commit by source, then by the source's sequence number.
TEST(Scheduler, SimultaneousEventsCommitBySourceThenSequence) {
  HookModel m(4);
  m.on_init = [](LpContext<Msg>& ctx) {
    ctx.schedule(3, 10, {ctx.lp()});
    if (ctx.lp() == 3) ctx.schedule(3, 10, {33});
  };
  Scheduler<HookModel> s(m, config(4, 5, 100, 2));
  s.run();
  ASSERT_EQ(m.log[3].size(), 5u);
  const std::uint64_t expected_tags[] = {0, 1, 2, 3, 33};
  for (std::size_t i = 0; i < 5; ++i)
    EXPECT_EQ(m.log[3][i].payload.tag, expected_tags[i]) << i;
  EXPECT_EQ(m.log[3][3].seq, 0u);
  EXPECT_EQ(m.log[3][4].seq, 1u);
}

// end_time is inclusive: an event exactly at it commits, one a tick later stays pending.
TEST(Scheduler, EventExactlyAtEndTimeCommits) {
  HookModel m(1);
  m.on_init = [](LpContext<Msg>& ctx) {
    ctx.schedule(0, 100, {1});
    ctx.schedule(0, 101, {2});
  };
  Scheduler<HookModel> s(m, config(1, 7, 100));
  const RunStats stats = s.run();
  EXPECT_EQ(stats.committed_events, 1u);
  ASSERT_EQ(m.log[0].size(), 1u);
  EXPECT_EQ(m.log[0][0].time, 100);
}

// Sending to another LP sooner than the lookahead is a model bug and must fail loudly, both
// while initializing and while handling.
TEST(Scheduler, LookaheadViolationThrows) {
  HookModel at_init(2);
  at_init.on_init = [](LpContext<Msg>& ctx) { ctx.schedule(1 - ctx.lp(), 4, {0}); };
  Scheduler<HookModel> s1(at_init, config(2, 5, 100, 2));
  EXPECT_THROW(s1.run(), LookaheadViolation);

  HookModel in_handler(2);
  in_handler.on_init = [](LpContext<Msg>& ctx) { ctx.schedule(ctx.lp(), 20, {0}); };
  in_handler.on_event = [](LpContext<Msg>& ctx, const Event<Msg>&) {
    ctx.schedule(1 - ctx.lp(), ctx.now() + 4, {0});
  };
  Scheduler<HookModel> s2(in_handler, config(2, 5, 100));
  EXPECT_THROW(s2.run(), LookaheadViolation);
}

// Exactly the lookahead is allowed.
TEST(Scheduler, CrossLpEventExactlyOneLookaheadAheadIsAllowed) {
  HookModel m(2);
  make_ring(m, 5);
  Scheduler<HookModel> s(m, config(2, 5, 50, 2));
  EXPECT_EQ(s.run().committed_events, 20u);  // each LP: t = 5, 10, ..., 50
}

TEST(Scheduler, EventInThePastOrForNoLpThrows) {
  HookModel past(1);
  past.on_init = [](LpContext<Msg>& ctx) { ctx.schedule(0, 10, {0}); };
  past.on_event = [](LpContext<Msg>& ctx, const Event<Msg>&) { ctx.schedule(0, 9, {0}); };
  Scheduler<HookModel> s1(past, config(1, 5, 100));
  EXPECT_THROW(s1.run(), CausalityViolation);

  HookModel nowhere(2);
  nowhere.on_init = [](LpContext<Msg>& ctx) { ctx.schedule(2, 10, {0}); };
  Scheduler<HookModel> s2(nowhere, config(2, 5, 100));
  EXPECT_THROW(s2.run(), CausalityViolation);
}

TEST(Scheduler, RejectsImpossibleConfigurations) {
  HookModel m(2);
  EXPECT_THROW(Scheduler<HookModel>(m, config(0, 5, 100)), SchedulerConfigError);
  EXPECT_THROW(Scheduler<HookModel>(m, config(2, 0, 100)), SchedulerConfigError);
  EXPECT_THROW(Scheduler<HookModel>(m, config(2, 5, -1)), SchedulerConfigError);
  EXPECT_THROW(Scheduler<HookModel>(m, config(2, 5, 100, 0)), SchedulerConfigError);
  EXPECT_THROW(Scheduler<HookModel>(m, config(2, 5, kNever)), SchedulerConfigError);
}

// Windows are skipped over idle time: two events a million ticks apart take two windows.
TEST(Scheduler, SkipsIdleTimeBetweenWindows) {
  HookModel m(1);
  m.on_init = [](LpContext<Msg>& ctx) {
    ctx.schedule(0, 10, {0});
    ctx.schedule(0, 1'000'000, {0});
  };
  Scheduler<HookModel> s(m, config(1, 3, 2'000'000));
  EXPECT_EQ(s.run().windows, 2u);
}

// Stopping at a barrier and going on, or running in pieces, commits the same events in the
// same order as one uninterrupted run.
TEST(Scheduler, RunInPiecesEqualsOneRun) {
  HookModel whole(8);
  make_ring(whole, 7);
  Scheduler<HookModel> s1(whole, config(8, 7, 10'000, 3));
  const RunStats one = s1.run();

  HookModel pieces(8);
  make_ring(pieces, 7);
  Scheduler<HookModel> s2(pieces, config(8, 7, 10'000, 2));
  const RunStats first = s2.run_until(3'333);
  EXPECT_EQ(first.now, 3'333);
  EXPECT_LT(first.committed_events, one.committed_events);
  const RunStats rest = s2.run();
  EXPECT_EQ(rest.committed_events, one.committed_events);
  EXPECT_EQ(s1.digest(), s2.digest());
}

TEST(Scheduler, StopFlagReturnsAtABarrierAndTheRunCanGoOn) {
  HookModel whole(4);
  make_ring(whole, 5);
  Scheduler<HookModel> s1(whole, config(4, 5, 1000));
  s1.run();

  std::atomic<bool> stop{false};
  std::atomic<bool> armed{true};  // raise the stop flag once, the first time t >= 500
  HookModel m(4);
  make_ring(m, 5);
  m.on_event = [&stop, &armed, inner = m.on_event](LpContext<Msg>& ctx, const Event<Msg>& e) {
    if (ctx.now() >= 500 && armed.exchange(false)) stop.store(true);
    inner(ctx, e);
  };
  SchedulerConfig c = config(4, 5, 1000);
  c.stop = &stop;
  Scheduler<HookModel> s2(m, c);
  const RunStats stopped = s2.run();
  EXPECT_TRUE(stopped.stopped);
  EXPECT_LT(stopped.now, 1001);
  stop.store(false);
  const RunStats finished = s2.run();
  EXPECT_FALSE(finished.stopped);
  EXPECT_EQ(s1.digest(), s2.digest());
}

// The digest sees the order of events: a run whose only difference is the delay differs.
TEST(Scheduler, DigestDistinguishesDifferentRuns) {
  HookModel a(4), b(4);
  make_ring(a, 5);
  make_ring(b, 6);
  Scheduler<HookModel> sa(a, config(4, 5, 1000)), sb(b, config(4, 5, 1000));
  sa.run();
  sb.run();
  EXPECT_NE(sa.digest(), sb.digest());
}

// A model that names prefetch(lp, next) is told, before each event runs, the LP's next queued
// event: here the four events after the first of five, in order, on each LP.
TEST(Scheduler, PrefetchIsToldTheLpsNextQueuedEvent) {
  struct PrefetchModel : HookModel {
    using HookModel::HookModel;
    void prefetch(LpId lp, const Event<Msg>& next) { hinted[lp].push_back(next); }
    std::vector<std::vector<Event<Msg>>> hinted = std::vector<std::vector<Event<Msg>>>(2);
  };
  PrefetchModel m(2);
  m.on_init = [](LpContext<Msg>& ctx) {
    for (Tick t = 1; t <= 5; ++t)
      ctx.schedule(ctx.lp(), t, {static_cast<std::uint64_t>(t)});
  };
  Scheduler<PrefetchModel> s(m, config(2, 10, 100));
  s.run();
  for (LpId lp = 0; lp < 2; ++lp) {
    ASSERT_EQ(m.hinted[lp].size(), 4u) << lp;
    for (std::size_t k = 0; k < 4; ++k) {
      EXPECT_EQ(m.hinted[lp][k].time, m.log[lp][k + 1].time) << lp << " " << k;
      EXPECT_EQ(m.hinted[lp][k].payload.tag, m.log[lp][k + 1].payload.tag) << lp << " " << k;
    }
  }
}

// A model that names warm(lp) is told before each window in which the LP has events, and only
// then: with windows of 10, LP 0's events at 1 and 2 run in one window and the one at 25 in
// another; LP 1 has none.
TEST(Scheduler, WarmIsToldBeforeEachWindowAnLpRuns) {
  struct WarmModel : HookModel {
    using HookModel::HookModel;
    void warm(LpId lp) { warmed_before.push_back({lp, log[lp].size()}); }
    std::vector<std::pair<LpId, std::size_t>> warmed_before;  // (LP, events it had run by then)
  };
  WarmModel m(2);
  m.on_init = [](LpContext<Msg>& ctx) {
    if (ctx.lp() != 0) return;
    for (const Tick t : {1, 2, 25})
      ctx.schedule(ctx.lp(), t, {static_cast<std::uint64_t>(t)});
  };
  Scheduler<WarmModel> s(m, config(2, 10, 100));
  s.run();
  const std::vector<std::pair<LpId, std::size_t>> expected = {{0, 0}, {0, 2}};
  EXPECT_EQ(m.warmed_before, expected);
}

}  // namespace
}  // namespace attachsim::sim
