#include "io/config/param_table.hpp"

#include <stdexcept>

#include <gtest/gtest.h>

#include "io/config/internal/suggest.hpp"
#include "io/config/param_docs.hpp"
#include "tests/io/config/test_experiment.hpp"

namespace attachsim::io {
namespace {

struct Small {
  double a = 0.5;
  std::int32_t n = 3;
  std::string s = "x";
};

auto field_a = [](Small & s) -> auto& {
  return s.a;
};
auto field_n = [](Small & s) -> auto& {
  return s.n;
};

struct DeclarationCase {
  std::string name;
  std::function<void(ParamTable<Small>&)> declare;
  std::string message;
};

TEST(ParamTable, DeclarationMistakesThrowLogicError) {
  const std::vector<DeclarationCase> cases = {
      {"duplicate key",
       [](ParamTable<Small>& t) {
         t.add(ATTACHSIM_KEY(a), {});
         t.add(ATTACHSIM_KEY(a), {});
       },
       "parameter table: 'a': declared twice"},
      {"malformed key", [](ParamTable<Small>& t) { t.add("x..a", field_a, {}); },
       "parameter table: 'x..a': malformed key (use dot-separated [A-Za-z0-9_-] names)"},
      {"default out of range",
       [](ParamTable<Small>& t) { t.add(ATTACHSIM_KEY(a), {.range = Range::closed(1, 2)}); },
       "parameter table: 'a': invalid default: 0.5 is out of range [1, 2]"},
      {"integer default out of range",
       [](ParamTable<Small>& t) { t.add(ATTACHSIM_KEY(n), {.range = Range::above(3)}); },
       "parameter table: 'n': invalid default: 3 is out of range [4, 2147483647]"},
      {"key inside another parameter",
       [](ParamTable<Small>& t) {
         t.add("x", field_a, {});
         t.add("x.y", field_n, {});
       },
       "parameter table: 'x.y': lies inside another parameter"},
      {"key that is a section",
       [](ParamTable<Small>& t) {
         t.add("x.y", field_a, {});
         t.add("x", field_n, {});
       },
       "parameter table: 'x': already a section of other parameters"},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.name);
    ParamTable<Small> table;
    try {
      c.declare(table);
      ADD_FAILURE() << "no error";
    } catch (const std::logic_error& e) {
      EXPECT_EQ(std::string(e.what()), c.message);
    }
  }
}

TEST(ParamTable, RangeText) {
  EXPECT_EQ(Range::closed(0, 1).text(), "[0, 1]");
  EXPECT_EQ(Range::open(0, 0.5).text(), "(0, 0.5)");
  EXPECT_EQ(Range::at_least(365).text(), "[365, ∞)");
  EXPECT_EQ(Range::above(0).text(), "(0, ∞)");
  EXPECT_EQ(Range::at_most(1e-7).text(), "(-∞, 1e-07]");
  EXPECT_EQ(Range::any().text(), "(-∞, ∞)");
}

TEST(Suggest, EditDistanceCountsSingleCharacterEdits) {
  EXPECT_EQ(internal::edit_distance("", "abc"), 3u);
  EXPECT_EQ(internal::edit_distance("kitten", "sitting"), 3u);
  EXPECT_EQ(internal::edit_distance("care", "care"), 0u);
}

TEST(Suggest, OnlyCloseCandidatesAreSuggested) {
  const std::vector<std::string> keys = {"care", "care.style", "seed"};
  EXPECT_EQ(internal::did_you_mean("car", keys), "; did you mean 'care'?");
  EXPECT_EQ(internal::did_you_mean("x.style", keys), "; did you mean 'care.style'?");
  EXPECT_EQ(internal::did_you_mean("population", keys), "");
}

TEST(ToMarkdown, ListsEveryParameterWithItsDefaultUnitRangeMeaningAndSource) {
  const std::string md = to_markdown(testing::test_table());
  const std::vector<std::string> expected_lines = {
      "## Top-level keys",
      "| `seed` | `1` | — | [0, ∞) | run seed | user |",
      "## `[care]`",
      "| `sensitivity_mean` | `0.6` | 1 | [0, 1] | mean caregiver sensitivity | De Wolff & van "
      "IJzendoorn 1997 |",
      "| `latency_mean` | `30` | s | (0, ∞) | mean response latency \\| pipes escaped | chosen |",
      "| `style` | `\"responsive\"` | — | one of 'responsive', 'intrusive', 'distant' | caregiving "
      "style | chosen |",
      "| `ages` | `[365, 540]` | days | each in [0, 7300], strictly increasing | ages at "
      "assessment | chosen |",
      "## `[output.detail]`",
      "## `[[intervention]]`",
      "interventions, applied in order. Source: user. Default: none. Each `[[intervention]]` "
      "table takes these keys:",
      "| `at_age` | `730` | days | [0, 7300] | child's age when it starts | chosen |",
  };
  for (const auto& line : expected_lines) {
    SCOPED_TRACE(line);
    EXPECT_NE(md.find("\n" + line + "\n"), std::string::npos) << md;
  }
}

}  // namespace
}  // namespace attachsim::io
