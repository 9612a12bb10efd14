#include "graph/social_graph.hpp"

#include <gtest/gtest.h>

namespace attachsim::graph {
namespace {

TEST(SocialGraph, NumbersPersonsInTheOrderTheyAreAdded) {
  SocialGraph g;
  EXPECT_EQ(g.add_person(), 0u);
  EXPECT_EQ(g.add_person(), 1u);
  EXPECT_EQ(g.add_person(), 2u);
  EXPECT_EQ(g.size(), 3u);
}

TEST(SocialGraph, TiesAreDirectedAndKeepTheirData) {
  SocialGraph g;
  const PersonIndex child = g.add_person(), mother = g.add_person(), grandma = g.add_person();
  g.add_tie(child, Tie{.figure = mother, .type = TieType::parent, .hierarchy = 1.0f});
  g.add_tie(child, Tie{.figure = grandma, .type = TieType::grandparent, .hierarchy = 0.4f});
  EXPECT_EQ(g.tie_count(), 2u);
  ASSERT_EQ(g.ties(child).size(), 2u);
  EXPECT_EQ(g.ties(child)[0].figure, mother);
  EXPECT_EQ(g.ties(child)[1].type, TieType::grandparent);
  EXPECT_TRUE(g.ties(mother).empty());  // directed: the mother holds no tie to the child
  ASSERT_NE(g.find_tie(child, grandma), nullptr);
  EXPECT_FLOAT_EQ(g.find_tie(child, grandma)->hierarchy, 0.4f);
  EXPECT_EQ(g.find_tie(mother, child), nullptr);
}

TEST(SocialGraph, ChangesThroughFindTieStay) {
  SocialGraph g;
  const PersonIndex a = g.add_person(), b = g.add_person();
  g.add_tie(a, Tie{.figure = b});
  g.find_tie(a, b)->model.comfort = 0.9f;
  EXPECT_FLOAT_EQ(g.ties(a)[0].model.comfort, 0.9f);
}

// Tie times have one-minute resolution: from minute 10 (tick 600) to minute 20 (tick 1200).
TEST(Tie, IsActiveFromItsStartUntilItsEnd) {
  const Tie tie{.start = 600, .end = 1200};
  EXPECT_FALSE(tie.active_at(599));
  EXPECT_TRUE(tie.active_at(600));
  EXPECT_TRUE(tie.active_at(1199));
  EXPECT_FALSE(tie.active_at(1200));
  EXPECT_TRUE(Tie{}.active_at(sim::kNever - 1));  // never ends
}

// A MinuteTime floors to the minute and keeps kNever; 32 bits of minutes reach 4,000 years.
TEST(MinuteTime, FloorsToTheMinuteAndKeepsNever) {
  EXPECT_EQ(static_cast<sim::Tick>(MinuteTime(119)), 60);
  EXPECT_EQ(static_cast<sim::Tick>(MinuteTime(120)), 120);
  EXPECT_EQ(static_cast<sim::Tick>(MinuteTime(sim::kNever)), sim::kNever);
  const sim::Tick century = 100LL * 365 * 86400;
  EXPECT_EQ(static_cast<sim::Tick>(MinuteTime(century)), century);
}

}  // namespace
}  // namespace attachsim::graph
