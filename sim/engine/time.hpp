// Simulated time and identities of the engine: exact integer ticks, 32-bit LP ids.
#pragma once

#include <cstdint>
#include <limits>

namespace attachsim::sim {

/// Simulated time as an exact count of ticks; what a tick means is the model's choice.
using Tick = std::int64_t;

/// Identity of a logical process, 0 .. num_lps-1.
using LpId = std::uint32_t;

/// A time later than any event: "nothing pending".
inline constexpr Tick kNever = std::numeric_limits<Tick>::max();

}  // namespace attachsim::sim
