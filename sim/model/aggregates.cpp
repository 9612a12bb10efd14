#include "sim/model/aggregates.hpp"

#include <cmath>

#include "graph/network.hpp"
#include "sim/model/measurement.hpp"
#include "sim/model/time_units.hpp"

namespace attachsim::model {
namespace {

constexpr double kFixedPoint = 1 << 20;  // dimension values are summed in units of 2^-20

constexpr std::array<double, kAgeBands> kBandStartsYears = {0, 2, 6, 12, 18, 30};

std::size_t band_of(double age_years) {
  std::size_t band = 0;
  while (band + 1 < kAgeBands && age_years >= kBandStartsYears[band + 1])
    ++band;
  return band;
}

std::uint64_t fixed(double x) {
  return static_cast<std::uint64_t>(std::llround(x * kFixedPoint));
}

// The friendship network's words: Boost.Graph components and clustering, and security sums over
// ordered friend pairs (each friendship counted from both ends, as the two directed ties).
void add_friend_network(const Community& c, sim::Tick now,
                        std::array<std::uint64_t, PopulationSample::size>& w) {
  const graph::NetworkSummary net = graph::summarize(c.graph, graph::TieType::friend_, now);
  std::uint64_t* out = &w[PopulationSample::network];
  out[0] += net.links;
  out[1] += net.members;
  out[2] += net.components;
  out[3] += net.largest;
  out[4] += net.clustered;
  out[5] += fixed(net.clustering_sum);
  for (PersonIndex i = 0; i < c.people.size(); ++i) {
    for (const graph::Tie& tie : c.graph.ties(i)) {
      if (tie.type != graph::TieType::friend_ || !tie.active_at(now)) continue;
      const double x = c.people[i].model.security, y = c.people[tie.figure].model.security;
      out[6] += 1;
      out[7] += fixed(x);
      out[8] += fixed(y);
      out[9] += fixed(x * x) + fixed(y * y);
      out[10] += fixed(x * y);
    }
  }
}

}  // namespace

PopulationSample sample_population(const std::vector<Community>& communities, sim::Tick now) {
  PopulationSample s;
  auto& w = s.words;
  for (const Community& c : communities) {
    for (PersonIndex i = 0; i < c.people.size(); ++i) {
      const Person& p = c.people[i];
      if (p.birth > now) continue;
      const std::size_t band = band_of(ticks_to_days(now - p.birth) / 365.25);
      ++w[PopulationSample::persons + band];
      const auto ties = c.graph.ties(i);
      for (const graph::Tie& tie : ties) {
        if (tie.active_at(now)) ++w[PopulationSample::ties + static_cast<std::size_t>(tie.type)];
      }
      if (ties.empty()) continue;
      const Generalized& g = p.model;
      const Category category = classify({g.trust, g.anxiety, g.avoidance, g.fear, g.security});
      ++w[PopulationSample::categories + band * kCategories + static_cast<std::size_t>(category)];
      ++w[PopulationSample::attached];
      const double values[kDimensions] = {g.trust, g.anxiety,  g.avoidance,
                                          g.fear,  g.security, p.stress};
      for (std::size_t d = 0; d < kDimensions; ++d) {
        w[PopulationSample::sums + d] += fixed(values[d]);
        w[PopulationSample::squares + d] += fixed(values[d] * values[d]);
      }
    }
    add_friend_network(c, now, w);
    for (std::size_t k = 0; k < kEventKinds; ++k)
      w[PopulationSample::events + k] += c.events[k];
    for (std::size_t k = 0; k < kEndings; ++k)
      w[PopulationSample::endings + k] += c.endings[k];
  }
  return s;
}

SeriesRow to_series_row(const PopulationSample& s, sim::Tick now) {
  SeriesRow row;
  row.time_days = ticks_to_days(now);
  row.counts = s.words;
  const auto n = static_cast<double>(s.words[PopulationSample::attached]);
  const std::uint64_t* net = &s.words[PopulationSample::network];
  if (n > 0) row.network[0] = 2.0 * static_cast<double>(net[0]) / n;
  if (net[4] > 0)
    row.network[1] = static_cast<double>(net[5]) / kFixedPoint / static_cast<double>(net[4]);
  if (net[6] > 1) {
    // Pearson r over ordered pairs; both orders are present, so x and y share mean and variance.
    const auto pairs = static_cast<double>(net[6]);
    const double mean = static_cast<double>(net[7]) / kFixedPoint / pairs;
    const double square = static_cast<double>(net[9]) / kFixedPoint / (2.0 * pairs);
    const double product = static_cast<double>(net[10]) / kFixedPoint / pairs;
    const double variance = square - mean * mean;
    row.network[2] = variance > 0 ? (product - mean * mean) / variance : 0.0;
  }
  for (std::size_t d = 0; d < kDimensions; ++d) {
    if (n == 0) continue;
    const double mean = static_cast<double>(s.words[PopulationSample::sums + d]) / kFixedPoint / n;
    const double square =
        static_cast<double>(s.words[PopulationSample::squares + d]) / kFixedPoint / n;
    row.mean[d] = mean;
    row.sd[d] = std::sqrt(std::max(0.0, square - mean * mean));
  }
  return row;
}

std::vector<std::string> count_column_names() {
  static constexpr std::array<const char*, kCategories> categories = {"B", "A", "C", "D"};
  std::vector<std::string> names;
  for (const char* band : kAgeBandNames)
    names.push_back(std::string("persons_") + band);
  for (const char* band : kAgeBandNames) {
    for (const char* cat : categories)
      names.push_back(std::string("n_") + cat + "_" + band);
  }
  names.push_back("persons_attached");
  for (const char* d : kDimensionNames)
    names.push_back(std::string("sum_") + d);
  for (const char* d : kDimensionNames)
    names.push_back(std::string("sum_squares_") + d);
  for (const char* e : kEventKindNames)
    names.push_back(std::string("events_") + e);
  for (const char* e : kEndingNames)
    names.push_back(std::string("episodes_") + e);
  for (const char* t : graph::kTieTypeNames)
    names.push_back(std::string("ties_") + t);
  for (const char* n : kNetworkWordNames)
    names.push_back(n);
  return names;
}

}  // namespace attachsim::model
