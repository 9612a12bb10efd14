// An event: a model payload addressed to an LP at a time, with its total-order key.
//
//   Event<Ping> e{.time = 10, .target = 3, .source = 1, .seq = 7, .payload = {}};
//   precedes(a, b)  // true when a commits before b
#pragma once

#include <cstdint>
#include <type_traits>

#include "sim/engine/time.hpp"

namespace attachsim::sim {

/// One scheduled event. The key (time, target, source, seq) is unique: every source numbers
/// the events it sends, so no two events ever tie and no order is left to chance.
template <class Payload>
struct Event {
  Tick time;          ///< when it happens
  LpId target;        ///< the LP that handles it
  LpId source;        ///< the LP that scheduled it
  std::uint64_t seq;  ///< the source's running count of scheduled events
  Payload payload;    ///< model data; trivially copyable, no padding
};

/// Strict total order of commitment: time, then target, then source, then sequence number.
template <class Payload>
constexpr bool precedes(const Event<Payload>& a, const Event<Payload>& b) {
  if (a.time != b.time) return a.time < b.time;
  if (a.target != b.target) return a.target < b.target;
  if (a.source != b.source) return a.source < b.source;
  return a.seq < b.seq;
}

/// What the engine requires of a payload: bytes that can be copied, hashed and sent as-is.
template <class Payload>
concept EventPayload =
    std::is_trivially_copyable_v<Payload> && std::has_unique_object_representations_v<Payload>;

}  // namespace attachsim::sim
