// The attachment model commits the same events and records the same assessments for any thread
// count and any assignment of communities to threads, and when run in pieces.
#include <gtest/gtest.h>

#include "sim/model/attachment_model.hpp"
#include "sim/model/time_units.hpp"

namespace attachsim::model {
namespace {

struct Outcome {
  std::uint64_t digest;
  std::vector<AssessmentRecord> panel;
};

ModelParams small_population() {
  ModelParams p;
  p.population.communities = 12;
  p.population.families_per_community = 15;
  p.population.birth_window_days = 200.0;
  p.observation.assessment_ages_days = {200.0, 365.0, 548.0};
  p.run.end_days = 800.0;
  p.run.seed = 99;
  return p;
}

Outcome run(int threads, sim::Partitioning partitioning, std::size_t grain, sim::Tick pause = 0) {
  const ModelParams p = small_population();
  AttachmentModel model(p, {0, static_cast<sim::LpId>(p.population.communities)});
  sim::SchedulerConfig config = model.scheduler_config(threads);
  config.partitioning = partitioning;
  config.grain = grain;
  sim::Scheduler<AttachmentModel> s(model, config);
  std::vector<AssessmentRecord> panel;
  if (pause > 0) {
    s.run_until(pause);
    panel = model.take_panel();
  }
  s.run();
  const std::vector<AssessmentRecord> rest = model.take_panel();
  panel.insert(panel.end(), rest.begin(), rest.end());
  return {s.digest(), panel};
}

TEST(ModelDeterminism, SameEventsAndAssessmentsForEveryThreadCount) {
  const Outcome reference = run(1, sim::Partitioning::affinity, 0);
  EXPECT_GT(reference.panel.size(), 500u);
  struct Case {
    int threads;
    sim::Partitioning partitioning;
    std::size_t grain;
  };
  for (const Case& c :
       {Case{2, sim::Partitioning::affinity, 0}, Case{4, sim::Partitioning::affinity, 0},
        Case{3, sim::Partitioning::simple, 1}, Case{4, sim::Partitioning::fixed, 0}}) {
    SCOPED_TRACE(testing::Message() << c.threads << " threads, partitioning "
                                    << static_cast<int>(c.partitioning) << ", grain " << c.grain);
    const Outcome o = run(c.threads, c.partitioning, c.grain);
    EXPECT_EQ(o.digest, reference.digest);
    // Assessments come out per community in commitment order, so even their order is the same.
    EXPECT_EQ(o.panel, reference.panel);
  }
}

TEST(ModelDeterminism, RunningInPiecesChangesNothing) {
  const Outcome whole = run(2, sim::Partitioning::affinity, 0);
  const Outcome pieces = run(2, sim::Partitioning::affinity, 0, days_to_ticks(333.3));
  EXPECT_EQ(pieces.digest, whole.digest);
  // The same assessments; split at a barrier, their order is by piece, then community.
  auto key = [](const AssessmentRecord& r) { return std::pair(r.person_id, r.wave); };
  auto sorted = [&](std::vector<AssessmentRecord> v) {
    std::sort(v.begin(), v.end(), [&](auto& a, auto& b) { return key(a) < key(b); });
    return v;
  };
  EXPECT_EQ(sorted(pieces.panel), sorted(whole.panel));
}

TEST(ModelDeterminism, AnotherSeedIsAnotherRun) {
  ModelParams p = small_population();
  p.run.seed = 100;
  AttachmentModel model(p, {0, static_cast<sim::LpId>(p.population.communities)});
  sim::Scheduler<AttachmentModel> s(model, model.scheduler_config(2));
  s.run();
  EXPECT_NE(s.digest(), run(2, sim::Partitioning::affinity, 0).digest);
}

}  // namespace
}  // namespace attachsim::model
