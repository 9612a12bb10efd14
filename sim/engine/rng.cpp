#include "sim/engine/rng.hpp"

#include <cmath>
#include <numbers>

namespace attachsim::sim {

// 1 - u is exact for the 53-bit uniforms of unit_from_bits, so log(1 - u) loses nothing to
// log1p(-u) and costs less.
double exponential_from_unit(double mean, double u) {
  return -mean * std::log(1.0 - u);
}

// The angle's cosine in float: its 24 bits are plenty for a normal deviate, and glibc's double
// cosine costs several times more.
double normal_from_units(double u1, double u2) {
  const auto angle = static_cast<float>(2.0 * std::numbers::pi * u2);
  return std::sqrt(-2.0 * std::log(1.0 - u1)) * static_cast<double>(std::cos(angle));
}

double RandomStream::normal() {
  const double u1 = unit();
  return normal_from_units(u1, unit());
}

}  // namespace attachsim::sim
