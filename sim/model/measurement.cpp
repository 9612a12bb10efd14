#include "sim/model/measurement.hpp"

#include <algorithm>
#include <cmath>

#include "sim/model/time_units.hpp"
#include "sim/model/working_model.hpp"

namespace attachsim::model {
namespace {

float noisy(float latent, double reliability, sim::RandomStream& rng) {
  const double sd = kNominalSpread * std::sqrt((1.0 - reliability) / reliability);
  return std::clamp(static_cast<float>(latent + sd * rng.normal()), 0.0f, 1.0f);
}

// Fills the record's ties_* columns with the person's active ties by type.
void count_ties(const Community& c, PersonIndex person, sim::Tick now, AssessmentRecord& r) {
  std::int16_t* counts[graph::kTieTypes] = {&r.ties_parent,  &r.ties_grandparent, &r.ties_caregiver,
                                            &r.ties_teacher, &r.ties_peer,        &r.ties_friend,
                                            &r.ties_partner};
  for (const graph::Tie& tie : c.graph.ties(person)) {
    if (tie.active_at(now)) ++*counts[static_cast<std::size_t>(tie.type)];
  }
}

}  // namespace

Category classify(const Scores& s) {
  if (s.fear >= kDisorganizedFear) return Category::D;
  if (s.avoidance >= kAvoidantThreshold && s.avoidance >= s.anxiety) return Category::A;
  if (s.anxiety >= kResistantThreshold) return Category::C;
  return Category::B;
}

Scores infant_observation_scores(const Community& c, PersonIndex child) {
  const Person& ch = c.people[child];
  const graph::Tie* tie = c.graph.find_tie(child, ch.primary);
  const TieDimensions d = dimensions(tie->model);
  return {d.availability, d.anxiety, d.avoidance, d.fear, d.security};
}

Scores observe(const Scores& latent, const MeasurementParams& p, sim::RandomStream& rng) {
  Scores seen;
  seen.trust = noisy(latent.trust, p.reliability_trust, rng);
  seen.anxiety = noisy(latent.anxiety, p.reliability_anxiety, rng);
  seen.avoidance = noisy(latent.avoidance, p.reliability_avoidance, rng);
  seen.fear = noisy(latent.fear, p.reliability_fear, rng);
  seen.security = security_of(seen.trust, seen.anxiety, seen.avoidance, seen.fear);
  return seen;
}

AssessmentRecord assess_infant(const Community& c, PersonIndex child, sim::Tick now,
                               std::int32_t wave, const MeasurementParams& p,
                               sim::RandomStream& rng) {
  const Person& ch = c.people[child];
  const Scores latent = infant_observation_scores(c, child);
  const Scores seen = observe(latent, p, rng);
  AssessmentRecord r;
  r.person_id = c.person_id(child);
  r.primary_caregiver_id = ch.primary == kNobody ? 0 : c.person_id(ch.primary);
  r.age_days = ticks_to_days(now - ch.birth);
  r.time_days = ticks_to_days(now);
  r.community = c.index;
  r.cohort = static_cast<std::int32_t>(ticks_to_days(ch.birth) / 365.25);
  r.wave = wave;
  r.generation = static_cast<std::int8_t>(ch.generation);
  r.instrument = static_cast<std::int8_t>(Instrument::infant_observation);
  r.category = static_cast<std::int8_t>(classify(seen));
  r.latent_category = static_cast<std::int8_t>(classify(latent));
  r.security = seen.security;
  r.latent_security = latent.security;
  r.trust = seen.trust;
  r.anxiety = seen.anxiety;
  r.avoidance = seen.avoidance;
  r.fear = seen.fear;
  r.latent_trust = latent.trust;
  r.latent_anxiety = latent.anxiety;
  r.latent_avoidance = latent.avoidance;
  r.latent_fear = latent.fear;
  r.stress_reactivity = ch.reactivity;
  r.caregiver_sensitivity = ch.primary == kNobody ? 0.0f : c.people[ch.primary].care.sensitivity;
  r.exploration = ch.exploration;
  count_ties(c, child, now, r);
  return r;
}

}  // namespace attachsim::model
