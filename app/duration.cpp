#include "app/duration.hpp"

#include <charconv>
#include <cmath>

namespace attachsim::app {

std::optional<double> parse_days(std::string_view text) {
  double per_unit = 1.0;
  if (!text.empty()) {
    switch (text.back()) {
      case 'd':
        text.remove_suffix(1);
        break;
      case 'y':
        per_unit = 365.25;
        text.remove_suffix(1);
        break;
      case 'h':
        per_unit = 1.0 / 24.0;
        text.remove_suffix(1);
        break;
      default:
        break;
    }
  }
  double value = 0.0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (text.empty() || error != std::errc() || end != text.data() + text.size()) return std::nullopt;
  const double days = value * per_unit;
  if (!std::isfinite(days) || days <= 0.0 || days > kMaxDurationDays) return std::nullopt;
  return days;
}

}  // namespace attachsim::app
