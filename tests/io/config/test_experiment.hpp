// A small experiment struct and its parameter table, standing in for the model's in the tests of
// io/config and the generated-docs check (test_parameters.md).
//
//   TestExperiment e = load_experiment(path, test_table());
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "io/config/param_table.hpp"

namespace attachsim::io::testing {

enum class Style { responsive, intrusive, distant };

struct Population {
  std::int64_t children = 1000;
  std::uint32_t communities = 10;
  bool operator==(const Population&) const = default;
};

struct Care {
  double sensitivity_mean = 0.6;
  double latency_mean = 30.0;
  Style style = Style::responsive;
  bool consistent = true;
  bool operator==(const Care&) const = default;
};

struct Assessment {
  std::vector<double> ages{365.0, 540.0};
  bool operator==(const Assessment&) const = default;
};

struct Detail {
  std::int32_t level = 2;
  bool operator==(const Detail&) const = default;
};

struct Output {
  Detail detail;
  bool operator==(const Output&) const = default;
};

struct Intervention {
  double at_age = 730.0;
  std::string kind = "mentor";
  std::int32_t arm = 1;
  std::vector<double> doses{};
  bool operator==(const Intervention&) const = default;
};

struct TestExperiment {
  std::string description = "a test experiment";
  std::uint64_t seed = 1;
  Population population;
  Care care;
  Assessment assessment;
  Output output;
  std::vector<Intervention> interventions;
  bool operator==(const TestExperiment&) const = default;
};

/// The parameters of one [[intervention]] table.
inline ParamTable<Intervention> intervention_table() {
  ParamTable<Intervention> t;
  t.add(ATTACHSIM_KEY(at_age), {.unit = "days",
                                .range = Range::closed(0, 7300),
                                .meaning = "child's age when it starts",
                                .source = "chosen"});
  t.add(ATTACHSIM_KEY(kind), {.meaning = "what is done", .source = "chosen"});
  t.add(ATTACHSIM_KEY(arm),
        {.range = Range::closed(0, 10), .meaning = "trial arm", .source = "chosen"});
  t.add(ATTACHSIM_KEY(doses),
        {.unit = "1", .range = Range::above(0), .meaning = "dose per session", .source = "chosen"});
  return t;
}

/// The whole test experiment.
inline ParamTable<TestExperiment> test_table() {
  ParamTable<TestExperiment> t;
  t.add(ATTACHSIM_KEY(description), {.meaning = "what the run is for", .source = "user"});
  t.add(ATTACHSIM_KEY(seed),
        {.range = Range::at_least(0), .meaning = "run seed", .source = "user"});
  t.add(ATTACHSIM_KEY(population.children), {.unit = "persons",
                                             .range = Range::closed(1, 1e7),
                                             .meaning = "children simulated",
                                             .source = "chosen; see docs/model.md"});
  t.add(ATTACHSIM_KEY(population.communities),
        {.range = Range::at_least(1), .meaning = "communities (LPs)", .source = "chosen"});
  t.add(ATTACHSIM_KEY(care.sensitivity_mean), {.unit = "1",
                                               .range = Range::closed(0, 1),
                                               .meaning = "mean caregiver sensitivity",
                                               .source = "De Wolff & van IJzendoorn 1997"});
  t.add(ATTACHSIM_KEY(care.latency_mean), {.unit = "s",
                                           .range = Range::above(0),
                                           .meaning = "mean response latency | pipes escaped",
                                           .source = "chosen"});
  t.choice(ATTACHSIM_KEY(care.style),
           {{"responsive", Style::responsive},
            {"intrusive", Style::intrusive},
            {"distant", Style::distant}},
           {.meaning = "caregiving style", .source = "chosen"});
  t.add(ATTACHSIM_KEY(care.consistent),
        {.meaning = "responds the same way each time", .source = "chosen"});
  t.add(ATTACHSIM_KEY(assessment.ages), {.unit = "days",
                                         .range = Range::closed(0, 7300),
                                         .meaning = "ages at assessment",
                                         .source = "chosen",
                                         .strictly_increasing = true});
  t.add(ATTACHSIM_KEY(output.detail.level),
        {.range = Range::closed(0, 3), .meaning = "how much is written", .source = "chosen"});
  t.tables("intervention", [](TestExperiment & e) -> auto& { return e.interventions; },
           intervention_table(), {.meaning = "interventions, applied in order", .source = "user"});
  return t;
}

}  // namespace attachsim::io::testing
