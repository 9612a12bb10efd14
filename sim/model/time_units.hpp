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

/// A duration in days as ticks (rounded to the nearest second).
constexpr sim::Tick days_to_ticks(double days) {
  return static_cast<sim::Tick>(days * static_cast<double>(kTicksPerDay) + 0.5);
}

/// Ticks as days.
constexpr double ticks_to_days(sim::Tick t) {
  return static_cast<double>(t) / static_cast<double>(kTicksPerDay);
}

}  // namespace attachsim::model
