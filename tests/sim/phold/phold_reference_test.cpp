// PHOLD on the engine against a plain sequential PHOLD written here: one global binary heap,
// no windows, no threads. Both must commit the same events, in the same order, on every LP.
#include <cmath>
#include <functional>
#include <queue>
#include <tuple>
#include <vector>

#include <gtest/gtest.h>

#include "sim/engine/rng.hpp"
#include "sim/phold/phold.hpp"

namespace attachsim::sim::phold {
namespace {

// (time, target, source, seq, generation)
using Record = std::tuple<Tick, LpId, LpId, std::uint64_t, std::uint64_t>;
using Log = std::vector<std::vector<Record>>;

// The reference: PHOLD's draws spelled out (one Philox block per event: word 0 decides remote,
// word 1 picks the LP, words 2-3 give the exponential delay), and a single min-heap.
Log sequential_phold(const PholdParams& p, std::uint64_t seed) {
  const auto tpu = static_cast<double>(p.ticks_per_unit);
  const Tick lookahead = std::llround(p.lookahead * tpu);
  const Tick end = std::llround(p.end * tpu);
  const double extra_mean = (p.mean - p.lookahead) * tpu;
  const auto threshold = static_cast<std::uint32_t>(std::min(p.remote * 0x1p32, 0xffffffffp0));
  std::vector<std::uint64_t> counter(p.lps, 0), next_seq(p.lps, 0);
  std::priority_queue<Record, std::vector<Record>, std::greater<>> heap;

  auto spawn = [&](LpId from, Tick now, std::uint64_t generation, bool stay) {
    const auto b = philox_block(seed, from, 1, counter[from]++);
    const bool remote = !stay && (p.remote >= 1.0 || b[0] < threshold);
    const LpId to =
        remote ? static_cast<LpId>(below_from_bits(std::uint64_t{b[1]} << 32, p.lps)) : from;
    const double extra = exponential_from_unit(extra_mean, unit_from_bits(join_words(b[2], b[3])));
    heap.emplace(now + lookahead + static_cast<Tick>(extra), to, from, next_seq[from]++,
                 generation);
  };
  for (LpId lp = 0; lp < p.lps; ++lp) {
    for (std::uint32_t i = 0; i < p.start_events; ++i)
      spawn(lp, 0, 0, true);
  }
  Log log(p.lps);
  while (!heap.empty() && std::get<0>(heap.top()) <= end) {
    const Record r = heap.top();
    heap.pop();
    log[std::get<1>(r)].push_back(r);
    spawn(std::get<1>(r), std::get<0>(r), std::get<4>(r) + 1, false);
  }
  return log;
}

// PholdModel with every handled event written to its LP's log.
struct RecordingPhold {
  using Payload = PholdMessage;
  explicit RecordingPhold(const PholdParams& p) : inner(p), log(p.lps) {}
  void initialize(LpContext<Payload>& ctx) { inner.initialize(ctx); }
  void handle(LpContext<Payload>& ctx, const Event<Payload>& e) {
    log[ctx.lp()].emplace_back(e.time, e.target, e.source, e.seq, e.payload.generation);
    inner.handle(ctx, e);
  }
  PholdModel inner;
  Log log;
};

Log engine_phold(const PholdParams& p, std::uint64_t seed, int threads) {
  RecordingPhold model(p);
  Scheduler<RecordingPhold> s(model, model.inner.scheduler_config(threads, seed));
  s.run();
  return model.log;
}

PholdParams params(LpId lps, std::uint32_t start, double remote, std::int64_t tpu) {
  PholdParams p;
  p.lps = lps;
  p.start_events = start;
  p.remote = remote;
  p.mean = 1.7;
  p.lookahead = 0.4;
  p.end = 40.0;
  p.ticks_per_unit = tpu;
  return p;
}

TEST(PholdReference, EngineCommitsTheSequentialReferenceSequence) {
  struct Case {
    const char* name;
    PholdParams p;
  };
  const Case cases[] = {
      {"typical", params(50, 2, 0.1, 1000)},
      {"coarse ticks, many ties", params(40, 3, 0.5, 5)},
      {"remote fraction 0", params(30, 2, 0.0, 100)},
      {"remote fraction 1", params(30, 2, 1.0, 100)},
      {"a single LP", params(1, 5, 0.5, 10)},
      {"no events", params(10, 0, 0.5, 10)},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.name);
    const Log expected = sequential_phold(c.p, 5);
    for (int threads : {1, 3}) {
      SCOPED_TRACE(threads);
      const Log got = engine_phold(c.p, 5, threads);
      ASSERT_EQ(got.size(), expected.size());
      for (std::size_t lp = 0; lp < got.size(); ++lp)
        ASSERT_EQ(got[lp], expected[lp]) << "LP " << lp;
    }
  }
}

// Sanity of the cases above: with remote 0 no event ever changes LP, with remote 1 most do.
TEST(PholdReference, RemoteFractionControlsWhereEventsGo) {
  const Log stay = sequential_phold(params(30, 2, 0.0, 100), 5);
  const Log roam = sequential_phold(params(30, 2, 1.0, 100), 5);
  std::size_t moved_stay = 0, moved_roam = 0, total_roam = 0;
  for (const auto& lp : stay)
    for (const auto& r : lp)
      moved_stay += std::get<1>(r) != std::get<2>(r);
  for (const auto& lp : roam)
    for (const auto& r : lp) {
      moved_roam += std::get<1>(r) != std::get<2>(r);
      ++total_roam;
    }
  EXPECT_EQ(moved_stay, 0u);
  // Initial events stay home and a uniform pick lands home 1 time in 30: at least 90% move.
  EXPECT_GT(static_cast<double>(moved_roam), 0.9 * static_cast<double>(total_roam));
}

}  // namespace
}  // namespace attachsim::sim::phold
