// Spans of simulated time on the command line: "365d", "2y", "12h", or a plain number of days.
//
//   std::optional<double> days = parse_days("2y");   // 730.5
#pragma once

#include <optional>
#include <string_view>

namespace attachsim::app {

/// The longest span parse_days() accepts, in days (a million years).
inline constexpr double kMaxDurationDays = 365.25e6;

/// The days that `text` stands for: a positive number followed by `d` (days), `y` (years of
/// 365.25 days) or `h` (hours), or by nothing (days). nullopt for anything else, for zero or
/// less, and beyond kMaxDurationDays.
std::optional<double> parse_days(std::string_view text);

}  // namespace attachsim::app
