// A community saved mid-run and loaded into an empty one is the same community, field by field;
// a run restored from every LP's saved state ends exactly as the uninterrupted run.
#include "sim/model/community_state.hpp"

#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "sim/model/attachment_model.hpp"
#include "sim/model/time_units.hpp"

namespace attachsim::model {
namespace {

// Two small communities run past school entry, with childcare, and assessments early enough that
// the panel buffer holds some.
ModelParams small_life_course() {
  ModelParams p;
  p.population.communities = 2;
  p.population.families_per_community = 12;
  p.population.birth_window_days = 200.0;
  p.observation.assessment_ages_days = {365.0, 548.0, 1095.0};
  p.run.end_days = 3000.0;
  p.run.seed = 5;
  return p;
}

constexpr double kSaveDay = 2700.0;

std::vector<std::byte> save_lp(const sim::Scheduler<AttachmentModel>& s, const AttachmentModel& m,
                               sim::LpId lp) {
  sim::ByteWriter out;
  s.save_lp(lp, out);
  m.save_lp(lp, out);
  return {out.bytes().begin(), out.bytes().end()};
}

// Compares whole structs (operator== defaults to every field), so a field added to Community,
// Person, Tie, ... that save_community() does not save makes this fail as soon as the field holds
// anything but its default value in the middle of a run.
TEST(CommunityState, RestoredCommunityEqualsTheOriginalInEveryField) {
  const ModelParams p = small_life_course();
  AttachmentModel model(p, {0, 2});
  sim::Scheduler<AttachmentModel> s(model, model.scheduler_config(2));
  s.run_until(days_to_ticks(kSaveDay));
  for (const Community& original : model.communities()) {
    SCOPED_TRACE("community " + std::to_string(original.index));
    // The test means something only if the community has some of everything.
    ASSERT_FALSE(original.families.empty());
    ASSERT_FALSE(original.childcare.empty());
    ASSERT_FALSE(original.classes.empty());
    ASSERT_FALSE(original.teachers.empty());
    ASSERT_FALSE(original.panel.empty());
    ASSERT_GT(original.school_years, 0u);
    ASSERT_GT(original.graph.tie_count(), original.people.size());

    sim::ByteWriter out;
    save_community(original, out);
    Community restored;
    sim::ByteReader in(out.bytes(), "the community");
    load_community(restored, in);
    in.expect_end();
    EXPECT_EQ(restored.people.size(), original.people.size());
    EXPECT_TRUE(restored.graph == original.graph);
    EXPECT_TRUE(restored == original);
  }
}

TEST(CommunityState, RestoredRunEndsAsTheUninterruptedRun) {
  const ModelParams p = small_life_course();
  AttachmentModel whole(p, {0, 2});
  sim::Scheduler<AttachmentModel> reference(whole, whole.scheduler_config(1));
  const sim::RunStats expected = reference.run();
  const std::vector<AssessmentRecord> expected_panel = whole.take_panel();

  AttachmentModel first(p, {0, 2});
  sim::Scheduler<AttachmentModel> before(first, first.scheduler_config(1));
  const sim::RunStats saved = before.run_until(days_to_ticks(kSaveDay));
  before.settle();
  const std::vector<std::vector<std::byte>> lps = {save_lp(before, first, 0),
                                                   save_lp(before, first, 1)};

  AttachmentModel second(p, {0, 2});
  sim::Scheduler<AttachmentModel> after(second, second.scheduler_config(3));
  for (sim::LpId lp = 0; lp < 2; ++lp) {
    sim::ByteReader in(lps[lp], "LP " + std::to_string(lp));
    after.load_lp(lp, in);
    second.load_lp(lp, in);
    in.expect_end();
  }
  after.resume_from(saved);
  const sim::RunStats rest = after.run();
  EXPECT_EQ(rest.committed_events, expected.committed_events);
  EXPECT_EQ(after.digest(), reference.digest());
  // The assessments buffered before the save come back with the state, so the panel is whole.
  EXPECT_EQ(second.take_panel(), expected_panel);
}

TEST(CommunityState, RefusesTruncatedStateOtherLayoutsAndOtherCommunities) {
  const ModelParams p = small_life_course();
  AttachmentModel model(p, {0, 2});
  sim::Scheduler<AttachmentModel> s(model, model.scheduler_config(1));
  s.run_until(days_to_ticks(400.0));
  sim::ByteWriter out;
  model.save_lp(1, out);
  const std::vector<std::byte> bytes(out.bytes().begin(), out.bytes().end());

  Community c;
  const std::vector<std::byte> cut(bytes.begin(), bytes.end() - 3);
  sim::ByteReader truncated(cut, "community 1");
  EXPECT_THROW(load_community(c, truncated), sim::CheckpointError);

  std::vector<std::byte> other_layout = bytes;
  other_layout[0] = static_cast<std::byte>(static_cast<unsigned char>(other_layout[0]) + 8);
  sim::ByteReader wrong_layout(other_layout, "community 1");
  try {
    load_community(c, wrong_layout);
    FAIL() << "no exception";
  } catch (const sim::CheckpointError& e) {
    EXPECT_NE(std::string(e.what()).find("saved by a build whose person, tie and assessment"),
              std::string::npos)
        << e.what();
  }

  sim::ByteReader community_1(bytes, "community 1 given to LP 0");
  EXPECT_THROW(model.load_lp(0, community_1), sim::CheckpointError);
}

}  // namespace
}  // namespace attachsim::model
