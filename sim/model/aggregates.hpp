// Population aggregates at a sampling time (the rows of /timeseries): persons and latent
// categories by age band, means and spreads of the working-model dimensions, cumulative events
// and episode endings, active ties by type. Sums are kept as integers (dimensions in fixed point),
// so adding up communities and ranks in any grouping gives the same bits.
//
//   PopulationSample s = sample_population(model.communities(), now);
//   comm.sum_all(s.words);                       // over ranks
//   SeriesRow row = to_series_row(s, now);
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "graph/tie.hpp"
#include "sim/model/community.hpp"

namespace attachsim::model {

/// Age bands of the aggregates, in years: [0,2) [2,6) [6,12) [12,18) [18,30) [30,inf).
inline constexpr int kAgeBands = 6;
/// Names of the age bands, for column names.
inline constexpr std::array<const char*, kAgeBands> kAgeBandNames = {"0_2y",   "2_6y",   "6_12y",
                                                                     "12_18y", "18_30y", "30y_up"};
/// The working-model dimensions summarized (plus stress).
inline constexpr int kDimensions = 6;
/// Names of the summarized dimensions.
inline constexpr std::array<const char*, kDimensions> kDimensionNames = {
    "trust", "anxiety", "avoidance", "fear", "security", "stress"};

/// Integer accumulators of one sample; `words` is what ranks add up.
struct PopulationSample {
  /// Offsets of the parts of `words`.
  enum Offset : std::size_t {
    persons = 0,                                      ///< [band]
    categories = persons + kAgeBands,                 ///< [band][category]
    attached = categories + kAgeBands * kCategories,  ///< persons with a tie (one word)
    sums = attached + 1,                              ///< [dimension], fixed point
    squares = sums + kDimensions,                     ///< [dimension], fixed point
    events = squares + kDimensions,                   ///< [event kind], cumulative
    endings = events + kEventKinds,                   ///< [ending], cumulative
    ties = endings + kEndings,                        ///< [tie type], active
    network = ties + graph::kTieTypes,                ///< friendship network, see below
    size = network + 11,
  };
  std::array<std::uint64_t, size> words{};  ///< every accumulator
};

/// The words of the friendship network part, from PopulationSample::network on: links, members,
/// components, members of each community's largest component, members with two or more friends,
/// their clustering coefficients (fixed point), and over ordered friend pairs (holder, friend):
/// the pair count and the sums of x, y, x^2 + y^2 and xy of their securities (fixed point).
inline constexpr std::array<const char*, 11> kNetworkWordNames = {"friend_links",
                                                                  "friend_members",
                                                                  "friend_components",
                                                                  "friend_largest_components",
                                                                  "friend_clustered",
                                                                  "sum_friend_clustering",
                                                                  "friend_pairs",
                                                                  "sum_pair_security_holder",
                                                                  "sum_pair_security_friend",
                                                                  "sum_squares_pair_security",
                                                                  "sum_pair_security_products"};

/// Network statistics derived for each row: friends per person with ties, mean local clustering,
/// and the Pearson correlation of security between friends (assortativity).
inline constexpr std::array<const char*, 3> kNetworkStatisticNames = {
    "friends_per_person", "friend_clustering", "security_assortativity"};

/// One row of /timeseries: counts as integers, dimension means and standard deviations.
struct SeriesRow {
  double time_days = 0.0;                                      ///< sampling time
  std::array<std::uint64_t, PopulationSample::size> counts{};  ///< the sample's words
  std::array<double, kDimensions> mean{};                      ///< mean over persons with a tie
  std::array<double, kDimensions> sd{};                        ///< standard deviation, same persons
  std::array<double, kNetworkStatisticNames.size()> network{};  ///< see kNetworkStatisticNames
};

/// Adds up the communities' persons, categories, dimensions, events and ties at time `now`.
PopulationSample sample_population(const std::vector<Community>& communities, sim::Tick now);

/// The series row of a (rank-summed) sample.
SeriesRow to_series_row(const PopulationSample& sample, sim::Tick now);

/// The column names of SeriesRow::counts, in order (persons_0_2y, n_B_0_2y, ..., ties_partner).
std::vector<std::string> count_column_names();

}  // namespace attachsim::model
