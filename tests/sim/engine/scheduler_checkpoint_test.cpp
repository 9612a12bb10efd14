// Saving every LP's engine state at a barrier and loading it into a fresh scheduler continues the
// run exactly: same digest, same committed events, whatever the thread counts on either side.
#include <cstdint>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "sim/engine/scheduler.hpp"
#include "sim/engine/state_codec.hpp"
#include "tests/sim/engine/hook_model.hpp"

namespace attachsim::sim {
namespace {

using testing::config;
using testing::HookModel;
using testing::Msg;

constexpr LpId kLps = 12;
constexpr Tick kLookahead = 5;
constexpr Tick kEnd = 4'000;
constexpr Tick kSaveAt = 1'237;

std::uint64_t mix(std::uint64_t x) {
  x ^= x >> 33;
  x *= 0xff51afd7ed558ccdULL;
  x ^= x >> 33;
  return x;
}

// Every event sends one event on: to a pseudo-random LP (one lookahead or a little more ahead,
// so mail is in flight at every barrier) or, one time in four, to itself a tick or two later.
// All of its state is in the engine: the choices are a hash of the event.
void make_scatter(HookModel& m) {
  m.on_init = [](LpContext<Msg>& ctx) {
    for (std::uint64_t k = 0; k < 4; ++k)
      ctx.schedule(ctx.lp(), 1 + static_cast<Tick>(k), {ctx.lp() * 4 + k});
  };
  m.on_event = [](LpContext<Msg>& ctx, const Event<Msg>& e) {
    const std::uint64_t h = mix(e.payload.tag * 31 + e.seq * 7 + e.source + 1);
    if ((h >> 8) % 4 == 0) {
      ctx.schedule(ctx.lp(), ctx.now() + 1 + static_cast<Tick>((h >> 16) % 2), {h});
    } else {
      ctx.schedule(static_cast<LpId>(h % ctx.num_lps()),
                   ctx.now() + ctx.lookahead() + static_cast<Tick>(h >> 62), {h});
    }
  };
}

// Runs to kSaveAt on `threads` threads and returns each LP's saved state, and the stats then.
std::vector<std::vector<std::byte>> save_at(int threads, RunStats& stats) {
  HookModel m(kLps);
  make_scatter(m);
  Scheduler<HookModel> s(m, config(kLps, kLookahead, kEnd, threads));
  stats = s.run_until(kSaveAt);
  s.settle();
  std::vector<std::vector<std::byte>> lps;
  for (LpId lp = 0; lp < kLps; ++lp) {
    ByteWriter out;
    s.save_lp(lp, out);
    lps.emplace_back(out.bytes().begin(), out.bytes().end());
  }
  return lps;
}

struct ThreadCase {
  int save_threads;
  int load_threads;
};

TEST(SchedulerCheckpoint, LoadedRunEndsWithTheUninterruptedDigest) {
  HookModel whole(kLps);
  make_scatter(whole);
  Scheduler<HookModel> reference(whole, config(kLps, kLookahead, kEnd, 1));
  const RunStats expected = reference.run();
  ASSERT_GT(expected.committed_events, 10'000u);

  for (const ThreadCase c :
       {ThreadCase{1, 1}, ThreadCase{1, 3}, ThreadCase{3, 1}, ThreadCase{3, 3}}) {
    SCOPED_TRACE(std::to_string(c.save_threads) + " -> " + std::to_string(c.load_threads) +
                 " threads");
    RunStats saved;
    const auto lps = save_at(c.save_threads, saved);
    EXPECT_EQ(saved.now, kSaveAt);

    HookModel fresh(kLps);
    make_scatter(fresh);
    Scheduler<HookModel> s(fresh, config(kLps, kLookahead, kEnd, c.load_threads));
    for (LpId lp = 0; lp < kLps; ++lp) {
      ByteReader in(lps[lp], "LP " + std::to_string(lp));
      s.load_lp(lp, in);
      in.expect_end();
    }
    s.resume_from(saved);
    const RunStats rest = s.run();
    EXPECT_EQ(rest.committed_events, expected.committed_events);
    EXPECT_EQ(rest.now, expected.now);
    EXPECT_EQ(s.digest(), reference.digest());
    // The restored run handles exactly the uninterrupted run's events from kSaveAt on.
    for (LpId lp = 0; lp < kLps; ++lp) {
      std::vector<Event<Msg>> tail;
      for (const auto& e : whole.log[lp])
        if (e.time >= kSaveAt) tail.push_back(e);
      ASSERT_EQ(fresh.log[lp].size(), tail.size()) << "LP " << lp;
      for (std::size_t i = 0; i < tail.size(); ++i) {
        EXPECT_EQ(fresh.log[lp][i].time, tail[i].time);
        EXPECT_EQ(fresh.log[lp][i].source, tail[i].source);
        EXPECT_EQ(fresh.log[lp][i].seq, tail[i].seq);
      }
    }
  }
}

// Pending events are saved in commitment order, so the bytes are canonical: the same for any
// thread count (a heap's layout would depend on the order mail arrived in).
TEST(SchedulerCheckpoint, SavedBytesDoNotDependOnTheThreadCount) {
  RunStats one, three;
  EXPECT_EQ(save_at(1, one), save_at(3, three));
  EXPECT_EQ(one.committed_events, three.committed_events);
}

TEST(SchedulerCheckpoint, LoadRefusesAnotherLpsEventsAndTruncatedState) {
  RunStats saved;
  const auto lps = save_at(2, saved);
  HookModel fresh(kLps);
  Scheduler<HookModel> s(fresh, config(kLps, kLookahead, kEnd));
  ByteReader wrong_lp(lps[1], "LP 1's state given to LP 2");
  EXPECT_THROW(s.load_lp(2, wrong_lp), CheckpointError);
  const std::vector<std::byte> cut(lps[0].begin(), lps[0].end() - 1);
  ByteReader truncated(cut, "LP 0");
  EXPECT_THROW(s.load_lp(0, truncated), CheckpointError);
}

// The counters must add up to the saved total, or the state belongs to another point of the run.
TEST(SchedulerCheckpoint, ResumeRefusesStatsThatDoNotMatchTheLoadedLps) {
  RunStats saved;
  const auto lps = save_at(1, saved);
  HookModel fresh(kLps);
  Scheduler<HookModel> s(fresh, config(kLps, kLookahead, kEnd));
  for (LpId lp = 0; lp < kLps; ++lp) {
    ByteReader in(lps[lp], "LP");
    s.load_lp(lp, in);
  }
  saved.committed_events += 1;
  EXPECT_THROW(s.resume_from(saved), CheckpointError);
}

}  // namespace
}  // namespace attachsim::sim
