#include "sim/engine/rng.hpp"

#include <array>
#include <cmath>

namespace attachsim::sim {
namespace {

// The ziggurat of Marsaglia & Tsang (2000, "The ziggurat method for generating random
// variables") over the standard normal's right half: kLayers layers of equal area kLayerArea.
// Layer i covers x in [0, x[i]) between heights f(x[i]) and f(x[i + 1]); the base layer's width
// x[0] stands for its rectangle and the tail beyond kTailStart together.
constexpr std::size_t kLayers = 128;
constexpr double kTailStart = 3.442619855899;
constexpr double kLayerArea = 9.91256303526217e-3;

// The unnormalized standard normal density.
double bell(double x) {
  return std::exp(-0.5 * x * x);
}

struct Ziggurat {
  std::array<double, kLayers + 1> x{};  // layer edges, decreasing to x[kLayers] = 0
  std::array<double, kLayers + 1> f{};  // bell(x[i])
};

Ziggurat build_ziggurat() {
  Ziggurat z;
  z.x[0] = kLayerArea / bell(kTailStart);
  z.x[1] = kTailStart;
  for (std::size_t i = 1; i + 1 < kLayers; ++i)
    z.x[i + 1] = std::sqrt(-2.0 * std::log(kLayerArea / z.x[i] + bell(z.x[i])));
  z.x[kLayers] = 0.0;
  for (std::size_t i = 0; i <= kLayers; ++i)
    z.f[i] = bell(z.x[i]);
  return z;
}

const Ziggurat& ziggurat() {
  static const Ziggurat z = build_ziggurat();
  return z;
}

}  // namespace

// 1 - u is exact for the 53-bit uniforms of unit_from_bits, so log(1 - u) loses nothing to
// log1p(-u) and costs less.
double exponential_from_unit(double mean, double u) {
  return -mean * std::log(1.0 - u);
}

// One word picks the layer (7 bits), the sign (1 bit) and the point in the layer (24 bits): 97%
// of draws end there. The rest test the wedge with one more word, or draw from the tail beyond
// kTailStart exactly (Marsaglia 1964), or start over.
double RandomStream::normal() {
  const Ziggurat& z = ziggurat();
  for (;;) {
    const std::uint32_t w = word();
    const std::size_t layer = w & (kLayers - 1);
    const double sign = (w & kLayers) != 0 ? -1.0 : 1.0;
    const double x = static_cast<double>(w >> 8) * 0x1p-24 * z.x[layer];
    if (x < z.x[layer + 1]) return sign * x;
    if (layer == 0) {
      double a, b;
      do {
        a = exponential_from_unit(1.0 / kTailStart, uniform());
        b = exponential_from_unit(1.0, uniform());
      } while (b + b < a * a);
      return sign * (kTailStart + a);
    }
    if (z.f[layer] + unit() * (z.f[layer + 1] - z.f[layer]) < bell(x)) return sign * x;
  }
}

}  // namespace attachsim::sim
