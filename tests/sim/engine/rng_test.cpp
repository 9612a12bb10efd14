#include "sim/engine/rng.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <vector>

#include <gtest/gtest.h>

namespace attachsim::sim {
namespace {

// Random123's known-answer vector for Philox2x64-10 with zero counter and zero key
// (kat_vectors: "philox2x64 10 0 0 0 -> ca00a0459843d731 66c24222c9a845b5"), and with every bit
// set ("-> 65b021d60cd8310f 4d02f3222f86df20"): our mapping (counter, entity << 32 | stream;
// seed) must be plain Philox, each 64-bit output giving its low word first.
TEST(Philox, MatchesRandom123KnownAnswers) {
  const auto zero = philox_block(0, 0, 0, 0);
  EXPECT_EQ(zero[0], 0x9843d731u);
  EXPECT_EQ(zero[1], 0xca00a045u);
  EXPECT_EQ(zero[2], 0xc9a845b5u);
  EXPECT_EQ(zero[3], 0x66c24222u);
  const auto ones = philox_block(~0ULL, ~0u, ~0u, ~0ULL);
  EXPECT_EQ(ones[0], 0x0cd8310fu);
  EXPECT_EQ(ones[1], 0x65b021d6u);
  EXPECT_EQ(ones[2], 0x2f86df20u);
  EXPECT_EQ(ones[3], 0x4d02f322u);
}

// Every key component changes the output: seed, entity, stream and counter.
TEST(Philox, EachKeyComponentSelectsADifferentStream) {
  const auto base = philox_block(1, 2, 3, 4);
  EXPECT_NE(base, philox_block(9, 2, 3, 4));
  EXPECT_NE(base, philox_block(1, 9, 3, 4));
  EXPECT_NE(base, philox_block(1, 2, 9, 4));
  EXPECT_NE(base, philox_block(1, 2, 3, 9));
  EXPECT_NE(base, philox_block(1ULL << 40, 2, 3, 4));  // the seed's high word counts too
  EXPECT_NE(base, philox_block(1, 2, 3, 1ULL << 40));  // and the counter's
  EXPECT_NE(philox_block(1, 2, 3, 4), philox_block(1, 3, 2, 4));  // entity and stream apart
}

// A stream is a pure function of (seed, entity, stream, counter): replaying from the same
// counter gives the same draws, and each draw advances the entity's counter by the words it takes.
TEST(RandomStream, ReplaysFromTheSameCounterAndAdvancesIt) {
  std::uint64_t c1 = 8, c2 = 8;
  RandomStream a(5, 6, 7, c1), b(5, 6, 7, c2);
  for (int i = 0; i < 100; ++i)
    ASSERT_EQ(a.uniform(), b.uniform());
  EXPECT_EQ(c1, 208u);  // two words each
  EXPECT_EQ(a.word(), b.word());
  EXPECT_EQ(c1, 209u);
}

// The words are the blocks' words in order: word k is word k % 4 of block k / 4. A new stream
// starts at the next block, skipping what an earlier one left of its last block.
TEST(RandomStream, WordsAreTheBlocksInOrderAndStreamsStartAFreshBlock) {
  std::uint64_t counter = 5;
  RandomStream rng(5, 6, 7, counter);
  EXPECT_EQ(counter, 8u);
  const auto block2 = philox_block(5, 6, 7, 2), block3 = philox_block(5, 6, 7, 3);
  for (const std::uint32_t word : block2)
    EXPECT_EQ(rng.word(), word);
  EXPECT_EQ(rng.word(), block3[0]);
  RandomStream next(5, 6, 7, counter);
  EXPECT_EQ(counter, 16u);
  const auto block4 = philox_block(5, 6, 7, 4);
  EXPECT_EQ(next.word(), block4[0]);
  EXPECT_EQ(next.bits(), join_words(block4[1], block4[2]));  // 64 bits: the first word high
}

TEST(RandomStream, UniformStaysInHalfOpenUnitInterval) {
  EXPECT_EQ(unit_from_bits(0), 0.0);
  EXPECT_LT(unit_from_bits(~0ULL), 1.0);
  EXPECT_EQ(below_from_bits(~0ULL, 10), 9u);
  EXPECT_EQ(below_from_bits(0, 10), 0u);
}

// Statistics over 200,000 draws (fixed seed). Uniform mean 1/2 with standard error
// 1/sqrt(12 n) = 0.00065; exponential mean 3 with s.e. 3/sqrt(n) = 0.0067; normal mean 0 and
// variance 1 with s.e. 0.0022 and 0.0032. Tolerances are about 5 standard errors.
TEST(RandomStream, DistributionsHaveTheirMoments) {
  constexpr int n = 200000;
  std::uint64_t counter = 0;
  RandomStream rng(2024, 1, 1, counter);
  double su = 0, se = 0, sn = 0, sn2 = 0;
  for (int i = 0; i < n; ++i) {
    su += rng.uniform();
    se += rng.exponential(3.0);
    const double z = rng.normal();
    sn += z;
    sn2 += z * z;
  }
  EXPECT_NEAR(su / n, 0.5, 0.0035);
  EXPECT_NEAR(se / n, 3.0, 0.035);
  EXPECT_NEAR(sn / n, 0.0, 0.011);
  EXPECT_NEAR(sn2 / n, 1.0, 0.016);
}

// The ziggurat's normal against the normal CDF over 400,000 draws (fixed seed). Kolmogorov-Smirnov
// distance below 1.63 / sqrt(n) = 0.0026 (the 1% critical value); it checks the layers and the
// wedges. The tail beyond 3.4426 (where the base layer hands over to the tail sampler) holds
// 2 * 2.88e-4 of the mass: expected 230.8 draws, s.d. 15.2, tolerance 5 s.d.; beyond 4,
// expected 25.3, s.d. 5.0. Both sides appear equally: 200,000 each, s.d. 316.
TEST(RandomStream, NormalMatchesTheNormalDistribution) {
  constexpr int n = 400000;
  std::uint64_t counter = 0;
  RandomStream rng(7, 7, 7, counter);
  std::vector<double> z(n);
  for (double& x : z)
    x = rng.normal();
  EXPECT_LT(counter, static_cast<std::uint64_t>(1.1 * n));  // about one word a draw
  std::sort(z.begin(), z.end());
  double distance = 0;
  for (int k = 0; k < n; ++k) {
    const double cdf = 0.5 * std::erfc(-z[k] / std::sqrt(2.0));
    distance = std::max({distance, std::abs(cdf - static_cast<double>(k) / n),
                         std::abs(cdf - static_cast<double>(k + 1) / n)});
  }
  EXPECT_LT(distance, 0.0026);
  auto beyond = [&](double t) {
    return std::count_if(z.begin(), z.end(), [t](double x) { return std::abs(x) > t; });
  };
  EXPECT_NEAR(static_cast<double>(beyond(3.442619855899)), 230.8, 76.0);
  EXPECT_NEAR(static_cast<double>(beyond(4.0)), 25.3, 25.0);
  EXPECT_GT(beyond(4.0), 0);  // the tail sampler is reached
  const auto negative = std::count_if(z.begin(), z.end(), [](double x) { return x < 0; });
  EXPECT_NEAR(static_cast<double>(negative), n / 2.0, 1580.0);
}

// below(n) hits every value of a small range about equally (chi-square, 9 d.o.f.: the 0.999
// quantile is 27.9).
TEST(RandomStream, BelowIsUniformOverItsRange) {
  std::uint64_t counter = 0;
  RandomStream rng(3, 3, 3, counter);
  int hits[10] = {};
  constexpr int n = 100000;
  for (int i = 0; i < n; ++i)
    ++hits[rng.below(10)];
  double chi2 = 0;
  for (int h : hits)
    chi2 += (h - n / 10.0) * (h - n / 10.0) / (n / 10.0);
  EXPECT_LT(chi2, 27.9);
}

// Certain outcomes are exact and take no word; an uncertain one takes one.
TEST(RandomStream, BernoulliEdgesAreExactAndFree) {
  std::uint64_t counter = 0;
  RandomStream rng(1, 1, 1, counter);
  for (int i = 0; i < 1000; ++i) {
    EXPECT_FALSE(rng.bernoulli(0.0));
    EXPECT_FALSE(rng.bernoulli(-0.5));
    EXPECT_TRUE(rng.bernoulli(1.0));
    EXPECT_TRUE(rng.bernoulli(1.5));
  }
  EXPECT_EQ(counter, 0u);
  rng.bernoulli(0.5);
  EXPECT_EQ(counter, 1u);
}

}  // namespace
}  // namespace attachsim::sim
