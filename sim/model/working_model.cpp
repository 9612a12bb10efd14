#include "sim/model/working_model.hpp"

#include <algorithm>
#include <cmath>

#include "sim/model/time_units.hpp"

namespace attachsim::model {
namespace {

constexpr float kMinimumEvidence = 0.5f;  // Beta counts never fade below this total

// Anxiety: escalation that pays, counted only beyond half a standard error of the difference (a
// child learns that escalating works from repeated experience, not from a lucky escalation),
// and availability that is a coin flip (beyond an unpredictability of 0.75, i.e. availability
// between 0.25 and 0.75).
constexpr float kAnxietyPerReward = 2.5f;
constexpr float kRewardDoubt = 0.5f;
constexpr float kAnxietyPerUnpredictability = 0.15f;
constexpr float kUnpredictabilityFloor = 0.75f;
// Avoidance: calm signals that reliably go unanswered (beyond a 45% miss rate), and cold,
// rejecting comfort (below 0.6), unless escalating helps.
constexpr float kAvoidancePerMiss = 1.5f;
constexpr float kMissFloor = 0.45f;
constexpr float kAvoidancePerColdness = 1.5f;
constexpr float kColdnessFloor = 0.6f;

float clamp01(float x) {
  return std::clamp(x, 0.0f, 1.0f);
}

// Variance of a Beta(yes, no) posterior mean.
float beta_variance(float yes, float no) {
  const float n = yes + no;
  return yes * no / (n * n * (n + 1.0f));
}

// The factor that fades a Beta of total weight `total` by f, but not below kMinimumEvidence.
float fade_factor(float total, float f) {
  return std::min(1.0f, std::max(f, kMinimumEvidence / total));
}

}  // namespace

void forget_until(graph::TieModel& m, sim::Tick now, const LearningParams& p) {
  const float days = static_cast<float>(ticks_to_days(now - m.updated));
  m.updated = now;
  if (days <= 0.0f) return;
  const float f = std::exp2(-days / static_cast<float>(p.forgetting_half_life_days));
  const float fc = fade_factor(m.calm_yes + m.calm_no, f);
  const float fe = fade_factor(m.escalated_yes + m.escalated_no, f);
  m.calm_yes *= fc;
  m.calm_no *= fc;
  m.escalated_yes *= fe;
  m.escalated_no *= fe;
}

namespace {

// Adds one signal's outcome to the Beta counts (dimensions not refreshed).
void count_signal(graph::TieModel& m, const SignalOutcome& o, sim::Tick now,
                  const LearningParams& p) {
  forget_until(m, now, p);
  const auto keep = static_cast<float>(p.recency);
  float& yes = o.escalated ? m.escalated_yes : m.calm_yes;
  float& no = o.escalated ? m.escalated_no : m.calm_no;
  yes = keep * yes + (o.answered ? o.weight : 0.0f);
  no = keep * no + (o.answered ? 0.0f : o.weight);
}

}  // namespace

void observe_signal(graph::TieModel& m, const SignalOutcome& o, sim::Tick now,
                    const LearningParams& p) {
  count_signal(m, o, now, p);
  refresh_dimensions(m);
}

void observe_response(graph::TieModel& m, const SignalOutcome& signal, const ResponseOutcome& o,
                      sim::Tick now, const LearningParams& p) {
  count_signal(m, signal, now, p);
  const float w = o.weight;
  const float comfort = m.comfort, fear = m.fear;
  m.comfort =
      comfort + std::min(1.0f, static_cast<float>(p.comfort_rate) * w) * (o.comfort - comfort);
  m.fear = o.frightened
               ? fear + std::min(1.0f, static_cast<float>(p.fear_rate) * w) * (1.0f - fear)
               : fear - std::min(1.0f, static_cast<float>(p.fear_recovery_rate) * w) * fear;
  const float log_latency = std::log(std::max(1.0f, o.latency_s));
  m.log_latency += static_cast<float>(p.latency_rate) * (log_latency - m.log_latency);
  refresh_dimensions(m);
}

graph::TieModel prior_from(const Generalized& g, sim::Tick now, const LearningParams& p) {
  const auto n = static_cast<float>(p.prior_strength);
  graph::TieModel m;
  m.calm_yes = m.escalated_yes = std::max(0.05f, g.trust) * n;
  m.calm_no = m.escalated_no = std::max(0.05f, 1.0f - g.trust) * n;
  m.comfort = g.worth;
  m.fear = g.fear;
  m.updated = now;
  refresh_dimensions(m);
  return m;
}

float security_of(float availability, float anxiety, float avoidance, float fear) {
  return clamp01(availability * (1.0f - anxiety) * (1.0f - avoidance) * (1.0f - fear));
}

float escalation_reward(const graph::TieModel& m) {
  const float standard_error = std::sqrt(beta_variance(m.calm_yes, m.calm_no) +
                                         beta_variance(m.escalated_yes, m.escalated_no));
  return std::max(0.0f,
                  m.escalated_availability() - m.availability() - kRewardDoubt * standard_error);
}

void refresh_dimensions(graph::TieModel& m) {
  const float availability = m.availability();
  const float reward = escalation_reward(m);
  const float unpredictability = 4.0f * availability * (1.0f - availability);
  m.anxiety = clamp01(kAnxietyPerReward * reward +
                      kAnxietyPerUnpredictability *
                          std::max(0.0f, unpredictability - kUnpredictabilityFloor) /
                          (1.0f - kUnpredictabilityFloor));
  const float miss = std::max(0.0f, 1.0f - availability - kMissFloor);
  const float coldness = std::max(0.0f, kColdnessFloor - m.comfort);
  m.avoidance = clamp01((kAvoidancePerMiss * miss + kAvoidancePerColdness * coldness) *
                        (1.0f - std::min(1.0f, kAnxietyPerReward * reward)));
}

TieDimensions dimensions(const graph::TieModel& m) {
  TieDimensions d;
  d.availability = m.availability();
  d.anxiety = m.anxiety;
  d.avoidance = m.avoidance;
  d.fear = m.fear;
  d.security = security_of(d.availability, d.anxiety, d.avoidance, d.fear);
  return d;
}

TieWeights::TieWeights(double age_years, sim::Tick now, const AdolescenceParams& p)
    : now_(now), now_minute_(now) {
  // 0 before adolescence, 1 after it, linear in between.
  const double through =
      std::clamp((age_years - p.start_years) / (p.end_years - p.start_years), 0.0, 1.0);
  by_type_.fill(1.0f);
  const auto family = static_cast<float>(1.0 + through * (p.parent_weight_adult - 1.0));
  by_type_[static_cast<std::size_t>(graph::TieType::parent)] = family;
  by_type_[static_cast<std::size_t>(graph::TieType::grandparent)] = family;
  by_type_[static_cast<std::size_t>(graph::TieType::friend_)] =
      static_cast<float>(p.friend_weight_child + through * (1.0 - p.friend_weight_child));
  fade_per_day_ = static_cast<float>(-1.0 / p.ended_tie_half_life_days);
}

float TieWeights::operator()(const graph::Tie& tie) const {
  const float weight = tie.hierarchy * by_type_[static_cast<std::size_t>(tie.type)];
  if (now_minute_.minutes() < tie.end.minutes()) return weight;  // now_ < tie.end
  return weight * std::exp2(fade_per_day_ * static_cast<float>(ticks_to_days(now_ - tie.end)));
}

Generalized blend_terms(const graph::TieModel& m) {
  const TieDimensions d = dimensions(m);
  return {d.availability, m.comfort, d.anxiety, d.avoidance, d.fear, d.security};
}

Blend generalize(const graph::SocialGraph& graph, PersonIndex holder, const TieWeights& weight,
                 const Generalized& fallback) {
  float total = 0.0f;
  Generalized g{0, 0, 0, 0, 0, 0};
  for (const graph::Tie& tie : graph.ties(holder)) {
    const float h = weight(tie);
    if (h <= 0.0f) continue;
    const Generalized t = blend_terms(tie.model);
    total += h;
    g.trust += h * t.trust;
    g.worth += h * t.worth;
    g.anxiety += h * t.anxiety;
    g.avoidance += h * t.avoidance;
    g.fear += h * t.fear;
    g.security += h * t.security;
  }
  if (total <= 0.0f) return {fallback, 0.0f};
  const float inv = 1.0f / total;
  return {{g.trust * inv, g.worth * inv, g.anxiety * inv, g.avoidance * inv, g.fear * inv,
           g.security * inv},
          total};
}

void shift_blend(Generalized& blend, float total, float weight, const Generalized& before,
                 const Generalized& after) {
  const float share = weight / total;
  blend.trust += share * (after.trust - before.trust);
  blend.worth += share * (after.worth - before.worth);
  blend.anxiety += share * (after.anxiety - before.anxiety);
  blend.avoidance += share * (after.avoidance - before.avoidance);
  blend.fear += share * (after.fear - before.fear);
  blend.security += share * (after.security - before.security);
}

}  // namespace attachsim::model
