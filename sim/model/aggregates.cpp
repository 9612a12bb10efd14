#include "sim/model/aggregates.hpp"

#include <cmath>

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
  return names;
}

}  // namespace attachsim::model
