// check_params: the relations between parameters the table cannot check, each refused with a
// message naming the keys; and time spans that convert to ticks without overflow.
#include "sim/model/params.hpp"

#include <cmath>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "sim/engine/error.hpp"
#include "sim/model/time_units.hpp"

namespace attachsim::model {
namespace {

// The message check_params throws for p, or "" when it accepts p.
std::string problem(const ModelParams& p) {
  try {
    check_params(p);
  } catch (const Error& e) {
    return e.what();
  }
  return "";
}

Intervention named(const std::string& name) {
  Intervention iv;
  iv.name = name;
  return iv;
}

TEST(CheckParams, DefaultsPass) {
  EXPECT_EQ(problem(ModelParams{}), "");
}

TEST(CheckParams, EachBadRelationIsNamed) {
  struct Case {
    void (*spoil)(ModelParams&);
    std::string message;
  };
  const std::vector<Case> cases = {
      {[](ModelParams& p) {
         p.population.children_weights = {0.0, 0.0};
       },
       "population.children_weights: at least one weight must be positive"},
      {[](ModelParams& p) { p.adolescence.start_years = p.adolescence.end_years; },
       "adolescence.start_years (18) must be less than adolescence.end_years (18)"},
      {[](ModelParams& p) { p.school.leave_age_days = p.school.entry_age_days - 1; },
       "must be less than school.leave_age_days"},
      {[](ModelParams& p) { p.interventions = {named("")}; }, "intervention 1: name '' is empty"},
      {[](ModelParams& p) {
         p.interventions = {named("a"), named("b,c")};
       },
       "intervention 2: name 'b,c' contains a comma"},
      {[](ModelParams& p) { p.interventions = {named("none")}; },
       "intervention 1: name 'none' gives the arm label 'none' twice"},
      {[](ModelParams& p) {
         p.interventions = {named("a"), named("a")};
       },
       "intervention 2: name 'a' gives the arm label 'a' twice"},
      {[](ModelParams& p) {
         p.interventions = {named("a"), named("a_control")};
       },
       "intervention 2: name 'a_control' gives the arm label 'a_control' twice"},
      {[](ModelParams& p) {
         for (int k = 0; k < 64; ++k)
           p.interventions.push_back(named("arm" + std::to_string(k)));
       },
       "intervention: 64 interventions; at most 63 fit the arm codes"},
  };
  for (const Case& c : cases) {
    ModelParams p;
    c.spoil(p);
    EXPECT_NE(problem(p).find(c.message), std::string::npos)
        << "expected '" << c.message << "', got '" << problem(p) << "'";
  }
}

// A span longer than a million years saturates there instead of overflowing the tick count.
TEST(TimeUnits, SpansSaturateInsteadOfOverflowing) {
  EXPECT_EQ(days_to_ticks(1.5), 129600);
  EXPECT_EQ(seconds_to_ticks(2.5), 3);
  const auto forever = static_cast<sim::Tick>(kForeverSeconds);
  EXPECT_EQ(days_to_ticks(1e300), forever);
  EXPECT_EQ(seconds_to_ticks(1e300), forever);
  EXPECT_EQ(seconds_to_ticks(-1e300), -forever);
  EXPECT_LT(forever, sim::kNever - forever);  // a clock plus a saturated span still fits
}

// Seconds round as llround does: to the nearest, halves away from zero, on either side of every
// half and whole number (the conversion is inline arithmetic, not a call).
TEST(TimeUnits, SecondsRoundAsLlroundDoes) {
  for (int k = -400; k <= 400; ++k) {
    const double x = k * 0.25;
    for (const double y : {x, std::nextafter(x, -1e9), std::nextafter(x, 1e9)})
      ASSERT_EQ(seconds_to_ticks(y), std::llround(y)) << y;
  }
  EXPECT_EQ(seconds_to_ticks(-2.5), -3);
  EXPECT_EQ(seconds_to_ticks(0.49999999999999994), 0);            // where adding 0.5 would round up
  EXPECT_EQ(seconds_to_ticks(17592186044416.5), 17592186044417);  // 2^44 + 0.5, exact
}

}  // namespace
}  // namespace attachsim::model
