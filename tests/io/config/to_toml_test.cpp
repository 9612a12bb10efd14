#include <cmath>
#include <limits>

#include <gtest/gtest.h>

#include "io/config/experiment_file.hpp"
#include "tests/io/config/test_experiment.hpp"
#include "tests/io/temp_dir.hpp"

namespace attachsim::io {
namespace {

using testing::TempDir;
using testing::TestExperiment;

TestExperiment reload(const TestExperiment& e) {
  TempDir dir;
  const auto table = testing::test_table();
  return load_experiment(dir.write("resolved.toml", to_toml(e, table)), table);
}

TEST(ToToml, DefaultsLoadBackEqual) {
  EXPECT_EQ(reload(TestExperiment{}), TestExperiment{});
}

TEST(ToToml, WritesEveryParameterBySection) {
  // Sections in declaration order; an array of tables with elements goes last as [[...]] blocks.
  TestExperiment e;
  e.interventions.resize(1);
  EXPECT_EQ(to_toml(e, testing::test_table()),
            "# attachsim experiment, resolved: every parameter, defaults included\n"
            "description = \"a test experiment\"\n"
            "seed = 1\n"
            "\n[population]\nchildren = 1000\ncommunities = 10\n"
            "\n[care]\nsensitivity_mean = 0.6\nlatency_mean = 30.0\nstyle = \"responsive\"\n"
            "consistent = true\n"
            "\n[assessment]\nages = [365.0, 540.0]\n"
            "\n[output.detail]\nlevel = 2\n"
            "\n[[intervention]]\nat_age = 730.0\nkind = \"mentor\"\narm = 1\ndoses = []\n");
}

TEST(ToToml, RealsAndTextReadBackExactly) {
  // Shortest round-trip digits: every double, however awkward, reads back bit for bit.
  const std::vector<double> awkward = {
      0.1,     1.0 / 3.0, 1e-300, 123456.789, 2.5e15, 1e-5, 0.0, 7300.0, std::nextafter(0.5, 1.0),
      4.9e-324};
  for (const double v : awkward) {
    SCOPED_TRACE(v);
    TestExperiment e;
    e.care.latency_mean = v > 0 ? v : 1.0;
    e.care.sensitivity_mean = v <= 1 ? v : 0.5;
    e.interventions = {{.doses = {v > 0 ? v : 1.0}}};
    EXPECT_EQ(reload(e), e);
  }
  TestExperiment e;
  e.description = "quotes \" backslash \\ newline \n tab \t bell \x07 ünïcode";
  e.seed = std::numeric_limits<std::int64_t>::max();
  e.population.communities = std::numeric_limits<std::uint32_t>::max();
  e.care.style = testing::Style::distant;
  e.assessment.ages.clear();
  e.interventions = {{.at_age = 0.1, .kind = "", .arm = 0}, {.doses = {1, 2, 3}}};
  EXPECT_EQ(reload(e), e);
}

}  // namespace
}  // namespace attachsim::io
