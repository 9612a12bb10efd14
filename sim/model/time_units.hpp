// The model's clock: one engine tick is one second.
#pragma once

#include "sim/engine/time.hpp"

namespace attachsim::model {

/// Ticks per second.
inline constexpr sim::Tick kTicksPerSecond = 1;
/// Ticks per hour.
inline constexpr sim::Tick kTicksPerHour = 3600;
/// Ticks per day.
inline constexpr sim::Tick kTicksPerDay = 86400;

/// The longest span of time the model converts to ticks, in seconds (a million years): a longer
/// one means "not within any run", and a run's clock plus it cannot overflow.
inline constexpr double kForeverSeconds = 1e6 * 365.25 * 86400.0;

/// `seconds` bounded to +-kForeverSeconds.
constexpr double bounded_seconds(double seconds) {
  return seconds > kForeverSeconds    ? kForeverSeconds
         : seconds < -kForeverSeconds ? -kForeverSeconds
                                      : seconds;
}

/// A duration in seconds as ticks (rounded to the nearest, halves away from zero, as llround),
/// saturating at +-kForeverSeconds. Inline arithmetic instead of a call: every episode converts.
constexpr sim::Tick seconds_to_ticks(double seconds) {
  const double bounded = bounded_seconds(seconds);
  const auto whole = static_cast<sim::Tick>(bounded);            // toward zero
  const double fraction = bounded - static_cast<double>(whole);  // exact
  return whole + (fraction >= 0.5 ? 1 : 0) - (fraction <= -0.5 ? 1 : 0);
}

/// A duration in days as ticks (rounded to the nearest second), saturating at +-kForeverSeconds.
constexpr sim::Tick days_to_ticks(double days) {
  return static_cast<sim::Tick>(bounded_seconds(days * static_cast<double>(kTicksPerDay)) + 0.5);
}

/// Ticks as days.
constexpr double ticks_to_days(sim::Tick t) {
  return static_cast<double>(t) / static_cast<double>(kTicksPerDay);
}

}  // namespace attachsim::model
