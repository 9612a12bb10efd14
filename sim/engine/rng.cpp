#include "sim/engine/rng.hpp"

#include <cmath>
#include <numbers>

#include <Random123/philox.h>

namespace attachsim::sim {

std::array<std::uint32_t, 4> philox_block(std::uint64_t seed, std::uint32_t entity,
                                          std::uint32_t stream, std::uint64_t counter) {
  const r123::Philox4x32::ctr_type ctr = {{static_cast<std::uint32_t>(counter),
                                           static_cast<std::uint32_t>(counter >> 32), entity,
                                           stream}};
  const r123::Philox4x32::key_type key = {
      {static_cast<std::uint32_t>(seed), static_cast<std::uint32_t>(seed >> 32)}};
  const auto out = r123::Philox4x32{}(ctr, key);
  return {out[0], out[1], out[2], out[3]};
}

double exponential_from_unit(double mean, double u) {
  return -mean * std::log1p(-u);
}

double RandomStream::normal() {
  const auto b = block();
  const double u1 = unit_from_bits(join_words(b[0], b[1]));
  const double u2 = unit_from_bits(join_words(b[2], b[3]));
  return std::sqrt(-2.0 * std::log1p(-u1)) * std::cos(2.0 * std::numbers::pi * u2);
}

}  // namespace attachsim::sim
