// Counter-based random numbers: Random123 Philox2x64-10 keyed by (run seed, entity, stream).
//
//   std::uint64_t counter = 0;                 // lives in the entity's own state
//   RandomStream rng(seed, person_id, kStreamDistress, counter);
//   double u = rng.uniform();                  // advances `counter` by two words
//
// A draw depends only on the seed, the entity, the stream and how many words that entity has
// taken from that stream: never on a thread, a partition or the order LPs run in.
#pragma once

#include <array>
#include <cstdint>

#include <Random123/philox.h>

namespace attachsim::sim {

/// 128 random bits, as four 32-bit words: Philox2x64-10 of counter (counter, entity << 32 |
/// stream) under key (seed); word 2k is the low half of output k, word 2k + 1 its high half.
/// Philox2x64 gives the same 128 bits as Philox4x32 in about 60% of the time on 64-bit machines.
/// Inline: it is on every hot path.
inline std::array<std::uint32_t, 4> philox_block(std::uint64_t seed, std::uint32_t entity,
                                                 std::uint32_t stream, std::uint64_t counter) {
  const r123::Philox2x64::ctr_type ctr = {
      {counter, (static_cast<std::uint64_t>(entity) << 32) | stream}};
  const r123::Philox2x64::key_type key = {{seed}};
  const auto out = r123::Philox2x64{}(ctr, key);
  return {static_cast<std::uint32_t>(out[0]), static_cast<std::uint32_t>(out[0] >> 32),
          static_cast<std::uint32_t>(out[1]), static_cast<std::uint32_t>(out[1] >> 32)};
}

/// A double in [0, 1) from the top 53 of 64 bits.
constexpr double unit_from_bits(std::uint64_t bits) {
  return static_cast<double>(bits >> 11) * 0x1.0p-53;
}

__extension__ using Uint128 = unsigned __int128;  // GCC/Clang's 128-bit integer

/// A double in [0, 1) from one 32-bit word (for comparisons against probabilities).
constexpr double unit_from_word(std::uint32_t word) {
  return static_cast<double>(word) * 0x1p-32;
}

/// An integer in [0, n) from 64 random bits (multiply-shift; bias below n / 2^64).
constexpr std::uint64_t below_from_bits(std::uint64_t bits, std::uint64_t n) {
  return static_cast<std::uint64_t>((static_cast<Uint128>(bits) * n) >> 64);
}

/// Joins two 32-bit words of a block into 64 bits.
constexpr std::uint64_t join_words(std::uint32_t hi, std::uint32_t lo) {
  return (static_cast<std::uint64_t>(hi) << 32) | lo;
}

/// Exp(mean) from a uniform in [0, 1): -mean * log(1 - u), finite for every u.
double exponential_from_unit(double mean, double u);

/// One entity's stream of draws: 32-bit words taken in order from the entity's consecutive
/// Philox blocks, four words a block. The entity-owned counter counts the words taken, so a
/// handler that draws a few words computes one block, not one per draw. A stream starts at a
/// fresh block: the words an earlier stream left in its last block are skipped, not recomputed.
class RandomStream {
 public:
  /// Binds to an entity's counter, moved on to the next block boundary; the counter must
  /// outlive the stream.
  RandomStream(std::uint64_t seed, std::uint32_t entity, std::uint32_t stream,
               std::uint64_t& counter)
      : seed_(seed), entity_(entity), stream_(stream), counter_(counter) {
    counter_ = (counter_ + 3) / 4 * 4;
  }

  /// The next 32 random bits.
  std::uint32_t word() {
    const std::uint64_t block = counter_ / 4;
    if (block != cached_block_) {
      words_ = philox_block(seed_, entity_, stream_, block);
      cached_block_ = block;
    }
    return words_[counter_++ % 4];
  }
  /// The next 64 random bits (two words, the first one high).
  std::uint64_t bits() {
    const std::uint32_t hi = word();  // sequenced: arguments have no order of evaluation
    return join_words(hi, word());
  }
  /// Uniform in [0, 1) to 53 bits (two words).
  double uniform() { return unit_from_bits(bits()); }
  /// Uniform in [0, 1) to 32 bits (one word): enough to pick or to compare with a chance.
  double unit() { return unit_from_word(word()); }
  /// Uniform integer in [0, n) (two words); n must be positive.
  std::uint64_t below(std::uint64_t n) { return below_from_bits(bits(), n); }
  /// True with probability p, resolved to 2^-32: one word, or none when the outcome is certain
  /// (p <= 0 never, p >= 1 always).
  bool bernoulli(double p) {
    if (p <= 0.0) return false;
    if (p >= 1.0) return true;
    return unit() < p;
  }
  /// Exponential with the given mean (two words).
  double exponential(double mean) { return exponential_from_unit(mean, uniform()); }
  /// Standard normal by the ziggurat method: one word for 97% of draws, a few more for the
  /// rest; exact in the tails.
  double normal();

 private:
  std::uint64_t seed_;
  std::uint32_t entity_;
  std::uint32_t stream_;
  std::uint64_t& counter_;
  std::uint64_t cached_block_ = ~std::uint64_t{0};  // the block words_ holds
  std::array<std::uint32_t, 4> words_{};
};

}  // namespace attachsim::sim
