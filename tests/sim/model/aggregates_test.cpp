#include "sim/model/aggregates.hpp"

#include <gtest/gtest.h>

#include "sim/model/time_units.hpp"
#include "sim/model/working_model.hpp"

namespace attachsim::model {
namespace {

// Two communities: an adult and a securely attached 1-year-old, and an avoidant 3-year-old
// with one ended and one active tie. At t = 1000 days: persons by band, categories (of the
// generalized model) for persons with ties, exact dimension means and spreads.
std::vector<Community> two_communities(sim::Tick now) {
  std::vector<Community> cs(2);
  for (Community& c : cs) {
    c.graph.add_person();
    c.graph.add_person();
    c.people.resize(2);
    c.people[0].role = Role::mother;
    c.people[0].birth = 0;  // 54 years old at t = 20000 days
  }
  cs[0].people[0].birth = now - days_to_ticks(30 * 365.25);  // an adult of 30: band 30y_up
  cs[0].people[1].birth = now - days_to_ticks(365.25);       // band 0_2y
  cs[0].people[1].model = {0.8f, 0.7f, 0.1f, 0.0f, 0.0f, 0.7f};
  cs[0].graph.add_tie(1, graph::Tie{.figure = 0});
  cs[1].people[1].birth = now - days_to_ticks(3 * 365.25);  // band 2_6y
  cs[1].people[1].model = {0.2f, 0.3f, 0.1f, 0.6f, 0.0f, 0.3f};
  cs[1].graph.add_tie(1, graph::Tie{.figure = 0, .end = now - 1});  // ended
  cs[1].events[static_cast<std::size_t>(EventKind::response)] = 5;
  cs[0].events[static_cast<std::size_t>(EventKind::response)] = 2;
  return cs;
}

TEST(Aggregates, CountsPersonsCategoriesEventsAndTies) {
  const sim::Tick now = days_to_ticks(20000);
  const PopulationSample s = sample_population(two_communities(now), now);
  const auto& w = s.words;
  EXPECT_EQ(w[PopulationSample::persons + 0], 1u);  // 0_2y
  EXPECT_EQ(w[PopulationSample::persons + 1], 1u);  // 2_6y
  EXPECT_EQ(w[PopulationSample::persons + 5], 2u);  // 30y_up: the adult of 30 and one of 54
  EXPECT_EQ(w[PopulationSample::categories + 0 * kCategories + 0], 1u);  // 0_2y, B
  EXPECT_EQ(w[PopulationSample::categories + 1 * kCategories + 1], 1u);  // 2_6y, A
  EXPECT_EQ(w[PopulationSample::attached], 2u);
  EXPECT_EQ(w[PopulationSample::events + static_cast<std::size_t>(EventKind::response)], 7u);
  EXPECT_EQ(w[PopulationSample::ties + 0], 1u);  // the ended tie does not count
}

// Means and standard deviations of trust over the two attached children: 0.8 and 0.2 give mean
// 0.5 and sd 0.3 (population sd), to within the 2^-20 fixed point.
TEST(Aggregates, MeansAndSpreadsAreExactFixedPoint) {
  const sim::Tick now = days_to_ticks(20000);
  const SeriesRow row = to_series_row(sample_population(two_communities(now), now), now);
  EXPECT_NEAR(row.mean[0], 0.5, 1e-5);
  EXPECT_NEAR(row.sd[0], 0.3, 1e-5);
  EXPECT_DOUBLE_EQ(row.time_days, 20000.0);
}

// Summing the two communities' samples word by word equals sampling both at once: ranks can
// add up their shares in any grouping.
TEST(Aggregates, SamplesAddUpExactly) {
  const sim::Tick now = days_to_ticks(20000);
  std::vector<Community> both = two_communities(now);
  std::vector<Community> first, second;
  first.push_back(std::move(both[0]));
  second.push_back(std::move(both[1]));
  PopulationSample a = sample_population(first, now);
  const PopulationSample b = sample_population(second, now);
  for (std::size_t k = 0; k < a.words.size(); ++k)
    a.words[k] += b.words[k];
  EXPECT_EQ(a.words, sample_population(two_communities(now), now).words);
  EXPECT_EQ(count_column_names().size(), a.words.size());
}

}  // namespace
}  // namespace attachsim::model
