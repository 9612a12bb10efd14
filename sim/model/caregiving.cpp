#include "sim/model/caregiving.hpp"

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstring>

#include "sim/model/time_units.hpp"

namespace attachsim::model {
namespace {

// A uniform in [0, 1) that depends only on (key, person, kind, counter).
double stateless_unit(const WorldKey& key, PersonIndex person, StreamKind kind,
                      std::uint64_t counter) {
  const auto b =
      sim::philox_block(key.seed, person, key.stream | static_cast<std::uint32_t>(kind), counter);
  return sim::unit_from_bits(sim::join_words(b[0], b[1]));
}

// Gamma(shape, 1) by Marsaglia and Tsang (shape >= 1; smaller shapes boosted).
double gamma_draw(sim::RandomStream& rng, double shape) {
  if (shape < 1.0) return gamma_draw(rng, shape + 1.0) * std::pow(rng.uniform(), 1.0 / shape);
  const double d = shape - 1.0 / 3.0, c = 1.0 / std::sqrt(9.0 * d);
  for (;;) {
    double x, v;
    do {
      x = rng.normal();
      v = 1.0 + c * x;
    } while (v <= 0.0);
    v = v * v * v;
    const double u = rng.uniform();
    if (u < 1.0 - 0.0331 * x * x * x * x) return d * v;
    if (std::log(u) < 0.5 * x * x + d * (1.0 - v + std::log(v))) return d * v;
  }
}

}  // namespace

double beta_draw(sim::RandomStream& rng, double mean, double concentration) {
  const double a = gamma_draw(rng, mean * concentration);
  const double b = gamma_draw(rng, (1.0 - mean) * concentration);
  return a / (a + b);
}

TraitMeans family_means(const ModelParams& p, bool high_risk) {
  if (high_risk) {
    return {p.risk.sensitivity_mean, p.risk.consistency_mean, p.risk.frightening_share,
            static_cast<float>(p.risk.load)};
  }
  return {p.care.sensitivity_mean, p.care.consistency_mean, p.care.frightening_share, 0.0f};
}

Caregiving draw_caregiving(sim::RandomStream& rng, const CareParams& c, const TraitMeans& means) {
  Caregiving care;
  care.sensitivity =
      static_cast<float>(beta_draw(rng, means.sensitivity, c.sensitivity_concentration));
  care.log_latency =
      static_cast<float>(std::log(c.latency_median_s) + c.latency_spread * rng.normal());
  care.warmth = static_cast<float>(beta_draw(rng, c.warmth_mean, c.warmth_concentration));
  care.consistency =
      static_cast<float>(beta_draw(rng, means.consistency, c.consistency_concentration));
  care.frightening = rng.bernoulli(means.frightening_share)
                         ? static_cast<float>(beta_draw(rng, c.frightening_mean, 8.0))
                         : 0.0f;
  care.load = means.load;
  return care;
}

float draw_attunement(sim::RandomStream& rng, const CareParams& p) {
  return static_cast<float>(beta_draw(rng, p.attunement_mean, p.attunement_concentration));
}

float availability(const WorldKey& key, PersonIndex index, Person& figure, sim::Tick t,
                   const CareParams& p) {
  const auto week = static_cast<std::int32_t>(t / (7 * kTicksPerDay));
  Calendar& cal = figure.calendar;
  if (cal.week != week) {
    const double bad_month = stateless_unit(key, index, StreamKind::month, week / 4);
    const double bad_week = stateless_unit(key, index, StreamKind::week, week);
    cal.week = week;
    cal.availability = static_cast<float>((1.0 - figure.care.load) *
                                          (1.0 - p.availability_month_amplitude * bad_month) *
                                          (1.0 - p.availability_week_amplitude * bad_week));
  }
  return cal.availability;
}

bool present(const WorldKey& key, PersonIndex index, Person& figure, std::int32_t hour,
             double chance) {
  Calendar& cal = figure.calendar;
  // One unsigned comparison for hour < cal.hours || hour >= cal.hours + kCalendarHours.
  if (static_cast<std::uint32_t>(hour) - static_cast<std::uint32_t>(cal.hours) >=
      static_cast<std::uint32_t>(kCalendarHours)) {
    // One Philox block draws 16 hours at once: hour 16b + k is byte k % 4 (from the low end)
    // of word k / 4, on every machine; where that is the memory order, a copy does it.
    const auto block = static_cast<std::uint32_t>(hour / kCalendarHours);
    const auto words = sim::philox_block(
        key.seed, index, key.stream | static_cast<std::uint32_t>(StreamKind::presence), block);
    cal.hours = static_cast<std::int32_t>(block) * kCalendarHours;
    static_assert(sizeof(words) == sizeof(cal.presence));
    if constexpr (std::endian::native == std::endian::little) {
      std::memcpy(cal.presence.data(), words.data(), sizeof(words));
    } else {
      for (std::size_t k = 0; k < cal.presence.size(); ++k)
        cal.presence[k] = static_cast<std::uint8_t>(words[k / 4] >> (8 * (k % 4)));
    }
  }
  // The hour's uniform, to 8 bits: presence chances resolve to 1/256.
  return (cal.presence[static_cast<std::size_t>(hour - cal.hours)] + 0.5) / 256.0 < chance;
}

float answer_probability(const Caregiving& care, float attunement, float availability,
                         float intensity) {
  const float contingency = care.consistency + (1.0f - care.consistency) * intensity;
  return std::clamp(care.sensitivity * attunement * availability * contingency, 0.0f, 1.0f);
}

}  // namespace attachsim::model
