// Order-sensitive hashing of committed event sequences, and an order-free combination of
// per-LP digests, so a run's digest is the same for any thread or rank count.
#pragma once

#include <cstdint>
#include <cstring>
#include <type_traits>

#include "sim/engine/event.hpp"

namespace attachsim::sim {

/// The splitmix64 finalizer: a bijective 64-bit mix.
constexpr std::uint64_t mix64(std::uint64_t x) {
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ULL;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebULL;
  x ^= x >> 31;
  return x;
}

/// Folds one 64-bit word into a running, order-sensitive hash (a rotate-xor-multiply step,
/// cheap enough for every committed event; lp_digest_term() mixes the result fully).
constexpr std::uint64_t fold(std::uint64_t hash, std::uint64_t word) {
  return (((hash << 23) | (hash >> 41)) ^ word) * 0x9e3779b97f4a7c15ULL + 0x632be59bd9b4e019ULL;
}

/// Folds an event (its key and payload bytes) into a running per-LP hash.
template <EventPayload Payload>
std::uint64_t fold_event(std::uint64_t hash, const Event<Payload>& e) {
  hash = fold(hash, static_cast<std::uint64_t>(e.time));
  hash = fold(hash, (static_cast<std::uint64_t>(e.source) << 32) | e.target);
  hash = fold(hash, e.seq);
  // The payload as 64-bit words, the last one zero-padded; the sizes are known at compile time,
  // so this unrolls (it runs for every committed event).
  const auto* bytes = reinterpret_cast<const unsigned char*>(&e.payload);
  constexpr std::size_t kWhole = sizeof(Payload) / 8, kTail = sizeof(Payload) % 8;
  for (std::size_t k = 0; k < kWhole; ++k) {
    std::uint64_t word;
    std::memcpy(&word, bytes + 8 * k, 8);
    hash = fold(hash, word);
  }
  if constexpr (kTail != 0) {
    std::uint64_t word = 0;
    std::memcpy(&word, bytes + 8 * kWhole, kTail);
    hash = fold(hash, word);
  }
  return hash;
}

/// An LP's contribution to a run digest: summing these over LPs gives a digest that does not
/// depend on the order, thread or rank in which the sum is taken.
constexpr std::uint64_t lp_digest_term(LpId lp, std::uint64_t lp_digest) {
  return mix64(lp_digest ^ mix64(0x5bd1e995ULL + lp));
}

}  // namespace attachsim::sim
