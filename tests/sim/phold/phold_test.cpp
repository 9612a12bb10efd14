#include "sim/phold/phold.hpp"

#include <limits>

#include <gtest/gtest.h>

#include "sim/engine/error.hpp"

namespace attachsim::sim::phold {
namespace {

struct Outcome {
  std::uint64_t digest;
  std::uint64_t state;
  std::uint64_t committed;
};

Outcome run(const PholdParams& p, int threads, Partitioning partitioning, std::size_t grain) {
  PholdModel model(p);
  SchedulerConfig c = model.scheduler_config(threads, 99);
  c.partitioning = partitioning;
  c.grain = grain;
  Scheduler<PholdModel> s(model, c);
  const RunStats stats = s.run();
  return {s.digest(), model.state_digest(s.owned()), stats.committed_events};
}

PholdParams busy_params() {
  PholdParams p;
  p.lps = 300;
  p.start_events = 4;
  p.remote = 0.5;
  p.mean = 2.0;
  p.lookahead = 0.5;
  p.end = 60.0;
  p.ticks_per_unit = 8;  // coarse ticks: many simultaneous events, so tie-breaking matters
  return p;
}

// The committed event sequence of every LP, and the final model state, are the same for every
// thread count and every way of assigning LPs to threads.
TEST(Phold, SameDigestForEveryThreadCountAndAssignment) {
  const PholdParams p = busy_params();
  const Outcome reference = run(p, 1, Partitioning::automatic, 0);
  EXPECT_GT(reference.committed, 10'000u);
  struct Case {
    int threads;
    Partitioning partitioning;
    std::size_t grain;
  };
  const Case cases[] = {{2, Partitioning::automatic, 0}, {3, Partitioning::automatic, 0},
                        {4, Partitioning::automatic, 0}, {8, Partitioning::automatic, 0},
                        {4, Partitioning::simple, 1},    {3, Partitioning::simple, 7},
                        {2, Partitioning::fixed, 0},     {8, Partitioning::fixed, 0},
                        {1, Partitioning::simple, 1}};
  for (const Case& c : cases) {
    SCOPED_TRACE(testing::Message() << c.threads << " threads, partitioning "
                                    << static_cast<int>(c.partitioning) << ", grain " << c.grain);
    const Outcome o = run(p, c.threads, c.partitioning, c.grain);
    EXPECT_EQ(o.digest, reference.digest);
    EXPECT_EQ(o.state, reference.state);
    EXPECT_EQ(o.committed, reference.committed);
  }
}

// Another seed is another run.
TEST(Phold, SeedChangesTheRun) {
  PholdModel a(busy_params()), b(busy_params());
  Scheduler<PholdModel> sa(a, a.scheduler_config(2, 1)), sb(b, b.scheduler_config(2, 2));
  sa.run();
  sb.run();
  EXPECT_NE(sa.digest(), sb.digest());
}

// With one event per LP the population of events is constant: each LP handles about
// end / mean events. 1000 LPs, end 200, mean 2: about 100,000 events (each chain's count is
// within a few percent of 100 for this many chains).
TEST(Phold, EventCountFollowsTheMeanDelay) {
  PholdParams p;
  p.lps = 1000;
  p.end = 200.0;
  const Outcome o = run(p, 2, Partitioning::automatic, 0);
  EXPECT_NEAR(static_cast<double>(o.committed), 100'000.0, 2'000.0);
}

TEST(Phold, RejectsBadParameters) {
  PholdParams p;
  p.remote = 1.5;
  EXPECT_THROW(PholdModel{p}, Error);
  p = PholdParams{};
  p.mean = 0.5;  // below the lookahead
  EXPECT_THROW(PholdModel{p}, Error);
  p = PholdParams{};
  p.lookahead = 0.0;
  EXPECT_THROW(PholdModel{p}, Error);
  p = PholdParams{};
  p.lps = 0;
  EXPECT_THROW(PholdModel{p}, Error);
  // Spans whose tick counts would overflow: refused, not undefined behaviour.
  p = PholdParams{};
  p.mean = std::numeric_limits<double>::infinity();
  EXPECT_THROW(PholdModel{p}, Error);
  p = PholdParams{};
  p.lookahead = 1e300;
  p.mean = 1e300;
  EXPECT_THROW(PholdModel{p}, Error);
  p = PholdParams{};
  p.end = 1e19;
  EXPECT_THROW(PholdModel{p}, Error);
}

}  // namespace
}  // namespace attachsim::sim::phold
