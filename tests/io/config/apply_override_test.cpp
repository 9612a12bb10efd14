#include <gtest/gtest.h>

#include "io/config/experiment_file.hpp"
#include "tests/io/config/test_experiment.hpp"

namespace attachsim::io {
namespace {

using testing::Style;
using testing::TestExperiment;

TEST(ApplyOverride, ParsesTheValueAsToml) {
  TestExperiment e;
  const auto table = testing::test_table();
  apply_override(e, "population.children=5000", table);
  apply_override(e, "care.sensitivity_mean = 0.6", table);
  apply_override(e, "assessment.ages=[365, 540, 720]", table);
  apply_override(e, "intervention=[{at_age = 100, arm = 3}]", table);
  EXPECT_EQ(e.population.children, 5000);
  EXPECT_EQ(e.care.sensitivity_mean, 0.6);
  EXPECT_EQ(e.assessment.ages, (std::vector<double>{365, 540, 720}));
  ASSERT_EQ(e.interventions.size(), 1u);
  EXPECT_EQ(e.interventions[0].at_age, 100.0);
  EXPECT_EQ(e.interventions[0].arm, 3);
}

TEST(ApplyOverride, TextMayBeUnquoted) {
  TestExperiment e;
  const auto table = testing::test_table();
  apply_override(e, "care.style=intrusive", table);
  apply_override(e, "description=a pilot, with \"quotes\"", table);
  apply_override(e, "output.detail.level=0", table);
  EXPECT_EQ(e.care.style, Style::intrusive);
  EXPECT_EQ(e.description, "a pilot, with \"quotes\"");
  EXPECT_EQ(e.output.detail.level, 0);
  apply_override(e, "description='quoted'", table);
  EXPECT_EQ(e.description, "quoted");
}

TEST(ApplyOverride, LeavesOtherParametersAlone) {
  TestExperiment e;
  e.seed = 9;
  apply_override(e, "care.consistent=false", testing::test_table());
  TestExperiment expected;
  expected.seed = 9;
  expected.care.consistent = false;
  EXPECT_EQ(e, expected);
}

struct ErrorCase {
  std::string argument;
  std::string message;
};

TEST(ApplyOverride, ErrorsNameTheArgumentAndTheKey) {
  const std::vector<ErrorCase> cases = {
      {"care.sensitivity_mean",
       "--set 'care.sensitivity_mean': expected KEY=VALUE, e.g. --set "
       "care.sensitivity_mean=0.6"},
      {"=3", "--set '=3': expected KEY=VALUE, e.g. --set care.sensitivity_mean=0.6"},
      {"seed=", "--set 'seed=': expected KEY=VALUE, e.g. --set care.sensitivity_mean=0.6"},
      {"care.sensitivity_mean=2",
       "--set 'care.sensitivity_mean=2': care.sensitivity_mean: 2 is out of range [0, 1]"},
      {"care.sensitivty_mean=0.5",
       "--set 'care.sensitivty_mean=0.5': care.sensitivty_mean: unknown key; did you mean "
       "'care.sensitivity_mean'?"},
      {"population.children=5.5",
       "--set 'population.children=5.5': population.children: expected an integer, got a real "
       "number (5.5)"},
      {"assessment.ages=[365, -1]",
       "--set 'assessment.ages=[365, -1]': assessment.ages[1]: -1 is out of range [0, 7300]"},
      {"care.style=nice",
       "--set 'care.style=nice': care.style: 'nice' is not one of 'responsive', 'intrusive', "
       "'distant'"},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.argument);
    TestExperiment e;
    try {
      apply_override(e, c.argument, testing::test_table());
      ADD_FAILURE() << "no error";
    } catch (const ConfigError& error) {
      EXPECT_EQ(std::string(error.what()), c.message);
    }
  }
}

TEST(ApplyOverride, UnparsableValueSaysSo) {
  TestExperiment e;
  try {
    apply_override(e, "population.children=abc", testing::test_table());
    FAIL() << "no error";
  } catch (const ConfigError& error) {
    EXPECT_EQ(std::string(error.what())
                  .rfind("--set 'population.children=abc': not a TOML "
                         "assignment: ",
                         0),
              0u)
        << error.what();
  }
}

}  // namespace
}  // namespace attachsim::io
