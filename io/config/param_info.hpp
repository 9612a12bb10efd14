// What a parameter means and which values it accepts: its unit, valid range, meaning and source.
//
//   ParamInfo info{.unit = "days", .range = Range::at_least(0), .meaning = "age at assessment",
//                  .source = "chosen; see docs/model.md"};
//   Range::closed(0, 1).contains(0.5);   // true; Range::above(0) excludes 0
#pragma once

#include <limits>
#include <string>

namespace attachsim::io {

/// An interval of valid numbers; each end is closed (included) or open (excluded), and may be
/// infinite (no bound).
struct Range {
  double min = -std::numeric_limits<double>::infinity();  ///< lower end
  double max = std::numeric_limits<double>::infinity();   ///< upper end
  bool min_open = false;                                  ///< true: min itself is excluded
  bool max_open = false;                                  ///< true: max itself is excluded

  /// Every number.
  static constexpr Range any() { return {}; }
  /// [lo, hi]: both ends included.
  static constexpr Range closed(double lo, double hi) { return {lo, hi, false, false}; }
  /// (lo, hi): both ends excluded.
  static constexpr Range open(double lo, double hi) { return {lo, hi, true, true}; }
  /// [lo, infinity).
  static constexpr Range at_least(double lo) { return {.min = lo}; }
  /// (lo, infinity).
  static constexpr Range above(double lo) { return {.min = lo, .min_open = true}; }
  /// (-infinity, hi].
  static constexpr Range at_most(double hi) { return {.max = hi}; }

  /// True when v lies in the interval (never for NaN).
  constexpr bool contains(double v) const {
    return (min_open ? v > min : v >= min) && (max_open ? v < max : v <= max);
  }
  /// Interval notation, e.g. "[0, 1]", "(0, ∞)".
  std::string text() const;
};

/// The documentation and validation rules of one parameter.
struct ParamInfo {
  std::string unit{};     ///< unit ("days", "1/day"); "1" for a dimensionless number, "" for none
  Range range{};          ///< valid values of a real or integer, or of each element of a list
  std::string meaning{};  ///< one line: what the parameter controls
  std::string source{};   ///< a citation, or "chosen; see docs/model.md"
  bool strictly_increasing = false;  ///< lists only: each element must exceed the previous one
};

}  // namespace attachsim::io
