#include "io/config/internal/validate.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

#include "io/config/internal/text.hpp"

namespace attachsim::io::internal {
namespace {

constexpr auto kInt64Min = std::numeric_limits<std::int64_t>::min();
constexpr auto kInt64Max = std::numeric_limits<std::int64_t>::max();

// The integer nearest to `bound` on the inside of the range, clamped to [low, high].
std::int64_t clamp_bound(double bound, std::int64_t low, std::int64_t high) {
  if (bound <= static_cast<double>(low)) return low;
  if (bound >= static_cast<double>(high)) return high;
  return static_cast<std::int64_t>(bound);
}

// (GCC 12 warns wrongly (-Wrestrict) about `"literal" + std::string`, so these append.)
std::string integer_interval_text(std::int64_t lo, std::int64_t hi) {
  std::string text = lo == kInt64Min ? "(-∞" : "[";
  if (lo != kInt64Min) text += std::to_string(lo);
  text += ", ";
  text += hi == kInt64Max ? "∞)" : std::to_string(hi) + "]";
  return text;
}

std::string quoted_list(const std::vector<std::string>& names) {
  std::string out;
  for (std::size_t i = 0; i < names.size(); ++i) {
    out += i > 0 ? ", '" : "'";
    out += names[i];
    out += "'";
  }
  return out;
}

std::string out_of_range(const std::string& value, const std::string& range) {
  return value + " is out of range " + range;
}

}  // namespace

std::pair<std::int64_t, std::int64_t> integer_bounds(const ParamSpec& spec) {
  const Range& r = spec.info.range;
  const double lo = r.min_open ? std::floor(r.min) + 1 : std::ceil(r.min);
  const double hi = r.max_open ? std::ceil(r.max) - 1 : std::floor(r.max);
  return {clamp_bound(lo, spec.int_min, spec.int_max), clamp_bound(hi, spec.int_min, spec.int_max)};
}

std::string valid_values_text(const ParamSpec& spec) {
  switch (spec.kind) {
    case ParamKind::real:
      return spec.info.range.text();
    case ParamKind::integer: {
      const auto [lo, hi] = integer_bounds(spec);
      return integer_interval_text(lo, hi);
    }
    case ParamKind::boolean:
      return "true or false";
    case ParamKind::string:
      return "any text";
    case ParamKind::choice:
      return "one of " + quoted_list(spec.choices);
    case ParamKind::reals:
      return "each in " + spec.info.range.text() +
             (spec.info.strictly_increasing ? ", strictly increasing" : "");
    case ParamKind::tables:
      return "tables with the keys below";
  }
  return "";
}

std::string check_real(const ParamSpec& spec, double value) {
  if (!std::isfinite(value)) return format_number(value) + " is not a finite number";
  if (!spec.info.range.contains(value))
    return out_of_range(format_number(value), spec.info.range.text());
  return "";
}

std::string check_integer(const ParamSpec& spec, std::int64_t value) {
  const auto [lo, hi] = integer_bounds(spec);
  if (value < lo || value > hi)
    return out_of_range(std::to_string(value), integer_interval_text(lo, hi));
  return "";
}

std::string check_choice(const ParamSpec& spec, const std::string& value) {
  if (std::find(spec.choices.begin(), spec.choices.end(), value) != spec.choices.end()) return "";
  return concat({"'", value, "' is not one of ", quoted_list(spec.choices)});
}

std::string check_element(const ParamSpec& spec, double value, std::optional<double> previous) {
  std::string problem = check_real(spec, value);
  if (problem.empty() && spec.info.strictly_increasing && previous && !(value > *previous)) {
    problem = format_number(value) + " is not greater than the element before it (" +
              format_number(*previous) + "); the list must be strictly increasing";
  }
  return problem;
}

std::string check_value(const ParamSpec& spec, const ParamValue& value) {
  switch (spec.kind) {
    case ParamKind::real:
      return check_real(spec, std::get<double>(value));
    case ParamKind::integer:
      return check_integer(spec, std::get<std::int64_t>(value));
    case ParamKind::choice:
      return check_choice(spec, std::get<std::string>(value));
    case ParamKind::reals: {
      std::optional<double> previous;
      for (const double element : std::get<std::vector<double>>(value)) {
        if (std::string problem = check_element(spec, element, previous); !problem.empty())
          return problem;
        previous = element;
      }
      return "";
    }
    case ParamKind::boolean:
    case ParamKind::string:
    case ParamKind::tables:
      return "";
  }
  return "";
}

}  // namespace attachsim::io::internal
