#include "sim/engine/rng.hpp"

#include <cmath>
#include <numbers>

namespace attachsim::sim {

double exponential_from_unit(double mean, double u) {
  return -mean * std::log1p(-u);
}

double normal_from_units(double u1, double u2) {
  return std::sqrt(-2.0 * std::log1p(-u1)) * std::cos(2.0 * std::numbers::pi * u2);
}

double RandomStream::normal() {
  const auto b = block();
  return normal_from_units(unit_from_bits(join_words(b[0], b[1])),
                           unit_from_bits(join_words(b[2], b[3])));
}

}  // namespace attachsim::sim
