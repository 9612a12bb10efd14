#include "graph/social_graph.hpp"

#include <cmath>
#include <vector>

#include <boost/graph/breadth_first_search.hpp>
#include <boost/graph/graph_concepts.hpp>
#include <boost/property_map/property_map.hpp>
#include <gtest/gtest.h>

#include "graph/boost_graph.hpp"

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
  EXPECT_NEAR(g.ties(a)[0].model.comfort, 0.9f, 0.5f / 65535);  // kept in 16 bits
}

TEST(SocialGraph, PruningDropsOnlyTheTiesNotKept) {
  SocialGraph g;
  const PersonIndex a = g.add_person(), b = g.add_person(), c = g.add_person();
  g.add_tie(a, Tie{.figure = b, .type = TieType::friend_});
  g.add_tie(a, Tie{.figure = c, .type = TieType::teacher});
  g.add_tie(b, Tie{.figure = a, .type = TieType::friend_});
  g.prune_ties(a, [](const Tie& t) { return t.type != TieType::friend_; });
  EXPECT_EQ(g.tie_count(), 2u);
  ASSERT_EQ(g.ties(a).size(), 1u);
  EXPECT_EQ(g.ties(a)[0].figure, c);
  EXPECT_NE(g.find_tie(b, a), nullptr);
}

// A slot hint is only where to look first: a right one finds the tie there; a stale one (the tie
// moved when an earlier one was pruned) or one past the end still finds it; a missing tie is
// nullptr whatever the hint.
TEST(SocialGraph, FindTieWithASlotHintFindsTheTieWhereverItIs) {
  SocialGraph g;
  const PersonIndex a = g.add_person(), b = g.add_person(), c = g.add_person();
  g.add_tie(a, Tie{.figure = b, .type = TieType::friend_});
  g.add_tie(a, Tie{.figure = c, .type = TieType::teacher});
  EXPECT_EQ(g.find_tie(a, c, 1), &g.ties(a)[1]);
  g.prune_ties(a, [](const Tie& t) { return t.type != TieType::friend_; });
  EXPECT_EQ(g.find_tie(a, c, 1), &g.ties(a)[0]);  // moved: slot 1 is past the end now
  g.add_tie(a, Tie{.figure = b, .type = TieType::friend_});
  EXPECT_EQ(g.find_tie(a, c, 1), &g.ties(a)[0]);  // slot 1 holds another figure's tie
  EXPECT_EQ(g.find_tie(a, b, 0), &g.ties(a)[1]);
  EXPECT_EQ(g.find_tie(b, a, 0), nullptr);
  EXPECT_EQ(g.find_tie(a, a, 70000), nullptr);
}

BOOST_CONCEPT_ASSERT((boost::IncidenceGraphConcept<SocialGraph>));
BOOST_CONCEPT_ASSERT((boost::VertexListGraphConcept<SocialGraph>));

// Boost's own breadth-first search runs on the graph as stored: from the child it reaches the
// mother and, through her tie, the grandmother, and never the stranger (who holds a tie to the
// child, but ties are directed).
TEST(SocialGraph, IsABoostGraph) {
  SocialGraph g;
  const PersonIndex child = g.add_person(), mother = g.add_person(), grandma = g.add_person(),
                    stranger = g.add_person();
  g.add_tie(child, Tie{.figure = mother});
  g.add_tie(mother, Tie{.figure = grandma, .type = TieType::grandparent});
  g.add_tie(stranger, Tie{.figure = child});
  EXPECT_EQ(num_vertices(g), 4u);
  EXPECT_EQ(out_degree(child, g), 1u);
  const TieRef first = *out_edges(mother, g).first;
  EXPECT_EQ(source(first, g), mother);
  EXPECT_EQ(target(first, g), grandma);
  EXPECT_EQ(tie(first, g).type, TieType::grandparent);

  std::vector<boost::default_color_type> color(num_vertices(g));
  boost::breadth_first_search(
      g, child,
      boost::color_map(boost::make_iterator_property_map(
          color.begin(), boost::typed_identity_property_map<PersonIndex>())));
  EXPECT_EQ(color[mother], boost::black_color);
  EXPECT_EQ(color[grandma], boost::black_color);
  EXPECT_EQ(color[stranger], boost::white_color);
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

// A Unit16 keeps [0, 1] to the nearest 1/65535: the ends exactly, values outside clamped, NaN 0.
TEST(Unit16, RoundsToTheNearestStepAndClamps) {
  EXPECT_EQ(static_cast<float>(Unit16(0.0f)), 0.0f);
  EXPECT_EQ(static_cast<float>(Unit16(1.0f)), 1.0f);
  EXPECT_EQ(static_cast<float>(Unit16(-0.5f)), 0.0f);
  EXPECT_EQ(static_cast<float>(Unit16(7.0f)), 1.0f);
  EXPECT_EQ(static_cast<float>(Unit16(std::nanf(""))), 0.0f);
  for (float x : {0.1f, 0.25f, 0.333f, 0.9f, 0.99999f}) {
    EXPECT_NEAR(static_cast<float>(Unit16(x)), x, 0.5f / 65535 + 1e-7f) << x;
  }
  EXPECT_EQ(Unit16(0.3f), Unit16(static_cast<float>(Unit16(0.3f))));  // a read value keeps
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
