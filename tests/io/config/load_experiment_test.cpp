#include <gtest/gtest.h>

#include "io/config/experiment_file.hpp"
#include "tests/io/config/test_experiment.hpp"
#include "tests/io/temp_dir.hpp"

namespace attachsim::io {
namespace {

using testing::Style;
using testing::TempDir;
using testing::TestExperiment;

// The message of the ConfigError that loading `content` from x.toml throws ("" when none).
std::string load_error(const TempDir& dir, std::string_view content) {
  try {
    load_experiment(dir.write("x.toml", content), testing::test_table());
  } catch (const ConfigError& e) {
    return e.what();
  }
  return "";
}

TEST(LoadExperiment, KeysLeftOutKeepTheirDefaults) {
  TempDir dir;
  const auto e = load_experiment(dir.write("x.toml", ""), testing::test_table());
  EXPECT_EQ(e, TestExperiment{});
}

TEST(LoadExperiment, ReadsEveryKindOfParameter) {
  TempDir dir;
  const auto e = load_experiment(dir.write("x.toml", R"(
description = "pilot"
seed = 42
population = { children = 5000 }
[care]
latency_mean = 12        # an integer where a real is expected is fine
sensitivity_mean = 0.25
style = "distant"
consistent = false
[assessment]
ages = [122, 365.5, 730]
[output.detail]
level = 3
[[intervention]]
at_age = 400
kind = "reflective reworking"
doses = [0.5, 1.5]
[[intervention]]
arm = 2
)"),
                                 testing::test_table());
  EXPECT_EQ(e.description, "pilot");
  EXPECT_EQ(e.seed, 42u);
  EXPECT_EQ(e.population.children, 5000);
  EXPECT_EQ(e.population.communities, 10u);
  EXPECT_EQ(e.care.sensitivity_mean, 0.25);
  EXPECT_EQ(e.care.latency_mean, 12.0);
  EXPECT_EQ(e.care.style, Style::distant);
  EXPECT_FALSE(e.care.consistent);
  EXPECT_EQ(e.assessment.ages, (std::vector<double>{122, 365.5, 730}));
  EXPECT_EQ(e.output.detail.level, 3);
  ASSERT_EQ(e.interventions.size(), 2u);
  EXPECT_EQ(e.interventions[0].at_age, 400.0);
  EXPECT_EQ(e.interventions[0].kind, "reflective reworking");
  EXPECT_EQ(e.interventions[0].doses, (std::vector<double>{0.5, 1.5}));
  // The second element starts from Intervention{}.
  EXPECT_EQ(e.interventions[1].at_age, 730.0);
  EXPECT_EQ(e.interventions[1].arm, 2);
}

struct ErrorCase {
  std::string name;
  std::string content;
  std::string message;  // the whole ConfigError message
};

TEST(LoadExperiment, ReportsEachProblemWithFileLineColumnAndKey) {
  TempDir dir;
  const std::string f = (dir / "x.toml").string();
  const std::vector<ErrorCase> cases = {
      {"syntax error", "seed = \n",
       f + ":1:8: syntax error: Error while parsing key-value pair: expected value, saw '\\n'"},
      {"misspelt key", "[care]\nsensitivty_mean = 0.5\n",
       f + ":2:1: care.sensitivty_mean: unknown key; did you mean 'care.sensitivity_mean'?"},
      {"misspelt section", "[car]\nstyle = \"distant\"\n",
       f + ":1:2: car: unknown key; did you mean 'care'?"},
      {"key in the wrong section", "sensitivity_mean = 0.5\n",
       f + ":1:1: sensitivity_mean: unknown key; did you mean 'care.sensitivity_mean'?"},
      {"unknown key, nothing close", "[population]\nzzz = 1\n",
       f + ":2:1: population.zzz: unknown key"},
      {"string for an integer", "population.children = \"many\"\n",
       f + ":1:23: population.children: expected an integer, got a string ('many')"},
      {"real for an integer", "[population]\nchildren = 2.5\n",
       f + ":2:12: population.children: expected an integer, got a real number (2.5)"},
      {"integer for a boolean", "[care]\nconsistent = 1\n",
       f + ":2:14: care.consistent: expected a boolean (true or false), got an integer (1)"},
      {"real out of range", "[care]\nsensitivity_mean = 1.5\n",
       f + ":2:20: care.sensitivity_mean: 1.5 is out of range [0, 1]"},
      {"open end of a range", "[care]\nlatency_mean = 0\n",
       f + ":2:16: care.latency_mean: 0 is out of range (0, ∞)"},
      {"not a finite number", "[care]\nsensitivity_mean = nan\n",
       f + ":2:20: care.sensitivity_mean: nan is not a finite number"},
      {"integer out of its type's range", "[population]\ncommunities = -1\n",
       f + ":2:15: population.communities: -1 is out of range [1, 4294967295]"},
      {"choice not in the list", "[care]\nstyle = \"distnt\"\n",
       f + ":2:9: care.style: 'distnt' is not one of 'responsive', 'intrusive', 'distant'; "
           "did you mean 'distant'?"},
      {"list element out of range", "[assessment]\nages = [365, 9000]\n",
       f + ":2:14: assessment.ages[1]: 9000 is out of range [0, 7300]"},
      {"list not increasing", "[assessment]\nages = [540, 365]\n",
       f + ":2:14: assessment.ages[1]: 365 is not greater than the element before it (540); "
           "the list must be strictly increasing"},
      {"list element of the wrong type", "[assessment]\nages = [365, \"x\"]\n",
       f + ":2:14: assessment.ages[1]: expected a real number, got a string ('x')"},
      {"section given a value", "care = 3\n",
       f + ":1:8: care: expected a table (the section [care]), got an integer (3)"},
      {"unknown key in an array of tables", "[[intervention]]\nat_ag = 3\n",
       f + ":2:1: intervention[0].at_ag: unknown key; did you mean 'at_age'?"},
      {"out of range in an array of tables", "[[intervention]]\n[[intervention]]\narm = 11\n",
       f + ":3:7: intervention[1].arm: 11 is out of range [0, 10]"},
      {"array of tables given a value", "intervention = 3\n",
       f + ":1:16: intervention: expected an array of tables, got an integer (3)"},
      {"every problem, one per line, in file order",
       "seed = -1\n[care]\nsensitivity_mean = 2\nstyle = 1\n",
       f + ":1:8: seed: -1 is out of range [0, ∞)\n" + f +
           ":3:20: care.sensitivity_mean: 2 is out of range [0, 1]\n" + f +
           ":4:9: care.style: expected a string, got an integer (1)"},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.name);
    EXPECT_EQ(load_error(dir, c.content), c.message);
  }
}

TEST(LoadExperiment, MissingFileIsAConfigErrorNamingIt) {
  TempDir dir;
  const auto path = dir / "absent.toml";
  try {
    load_experiment(path, testing::test_table());
    FAIL() << "no error";
  } catch (const ConfigError& e) {
    EXPECT_EQ(std::string(e.what()),
              path.string() + ": cannot open the experiment file: No such file or directory");
  }
}

}  // namespace
}  // namespace attachsim::io
