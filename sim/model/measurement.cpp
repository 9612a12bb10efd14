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

Scores generalized_scores(const Generalized& g) {
  return {g.trust, g.anxiety, g.avoidance, g.fear, g.security};
}

// Fills the record's ties_* columns with the person's active ties by type.
void count_ties(const Community& c, PersonIndex person, sim::Tick now, AssessmentRecord& r) {
  std::int16_t* counts[graph::kTieTypes] = {&r.ties_parent,  &r.ties_grandparent, &r.ties_caregiver,
                                            &r.ties_teacher, &r.ties_peer,        &r.ties_friend,
                                            &r.ties_partner};
  for (const graph::Tie& tie : c.graph.ties(person)) {
    if (tie.active_at(now)) ++*counts[static_cast<std::size_t>(tie.type)];
  }
  // Peers are group co-membership, not ties: the others in the person's group this year.
  const auto& groups = c.people[person].membership == Membership::school ? c.classes : c.childcare;
  if (c.people[person].membership != Membership::none) {
    r.ties_peer = static_cast<std::int16_t>(groups[c.people[person].group].members.size() - 1);
  }
}

}  // namespace

Category classify(const Scores& s) {
  if (s.fear >= kDisorganizedFear) return Category::D;
  if (s.avoidance >= kAvoidantThreshold && s.avoidance >= s.anxiety) return Category::A;
  if (s.anxiety >= kResistantThreshold) return Category::C;
  return Category::B;
}

Category classify_self_report(const Scores& s) {
  const bool anxious = s.anxiety >= kResistantThreshold,
             avoidant = s.avoidance >= kAvoidantThreshold;
  if (anxious && avoidant) return Category::D;
  if (avoidant) return Category::A;
  if (anxious) return Category::C;
  return Category::B;
}

Scores infant_observation_scores(const Community& c, PersonIndex child) {
  const Person& ch = c.people[child];
  const graph::Tie* tie = ch.primary == kNobody ? nullptr : c.graph.find_tie(child, ch.primary);
  if (tie == nullptr) return generalized_scores(ch.model);
  const TieDimensions d = dimensions(tie->model);
  return {d.availability, d.anxiety, d.avoidance, d.fear, d.security};
}

Scores interview_scores(const Community& c, PersonIndex person) {
  float total = 0.0f;
  Scores childhood{0, 0, 0, 0, 0};
  for (const graph::Tie& tie : c.graph.ties(person)) {
    if (tie.type != graph::TieType::parent && tie.type != graph::TieType::grandparent) continue;
    const TieDimensions d = dimensions(tie.model);
    total += tie.hierarchy;
    childhood.trust += tie.hierarchy * d.availability;
    childhood.anxiety += tie.hierarchy * d.anxiety;
    childhood.avoidance += tie.hierarchy * d.avoidance;
    childhood.fear = std::max(childhood.fear, d.fear);  // unresolved fear of any figure counts
  }
  const Scores now = generalized_scores(c.people[person].model);
  if (total <= 0.0f) return now;
  auto blend = [](float past, float present) { return 0.5f * past + 0.5f * present; };
  Scores s{blend(childhood.trust / total, now.trust), blend(childhood.anxiety / total, now.anxiety),
           blend(childhood.avoidance / total, now.avoidance), blend(childhood.fear, now.fear),
           0.0f};
  s.security = security_of(s.trust, s.anxiety, s.avoidance, s.fear);
  return s;
}

Scores self_report_scores(const Community& c, PersonIndex person, sim::Tick now) {
  const Scores general = generalized_scores(c.people[person].model);
  float total = 0.0f, anxiety = 0.0f, avoidance = 0.0f;
  for (const graph::Tie& tie : c.graph.ties(person)) {
    const bool close = tie.type == graph::TieType::friend_ || tie.type == graph::TieType::partner;
    if (!close || !tie.active_at(now)) continue;
    total += tie.hierarchy;
    anxiety += tie.hierarchy * tie.model.anxiety;
    avoidance += tie.hierarchy * tie.model.avoidance;
  }
  Scores s = general;
  if (total > 0.0f) {
    s.anxiety = 0.5f * general.anxiety + 0.5f * anxiety / total;
    s.avoidance = 0.5f * general.avoidance + 0.5f * avoidance / total;
  }
  s.security = security_of(s.trust, s.anxiety, s.avoidance, s.fear);
  return s;
}

Scores observe(const Scores& latent, const std::array<double, 4>& reliability,
               sim::RandomStream& rng) {
  Scores seen;
  seen.trust = noisy(latent.trust, reliability[0], rng);
  seen.anxiety = noisy(latent.anxiety, reliability[1], rng);
  seen.avoidance = noisy(latent.avoidance, reliability[2], rng);
  seen.fear = noisy(latent.fear, reliability[3], rng);
  seen.security = security_of(seen.trust, seen.anxiety, seen.avoidance, seen.fear);
  return seen;
}

AssessmentRecord assess(const Community& c, PersonIndex i, Instrument instrument, sim::Tick now,
                        std::int32_t wave, const MeasurementParams& p, sim::RandomStream& rng) {
  const Person& person = c.people[i];
  Scores latent;
  std::array<double, 4> reliability{};
  switch (instrument) {
    case Instrument::infant_observation:
      latent = infant_observation_scores(c, i);
      reliability = {p.reliability_trust, p.reliability_anxiety, p.reliability_avoidance,
                     p.reliability_fear};
      break;
    case Instrument::adult_interview:
      latent = interview_scores(c, i);
      reliability.fill(p.interview_reliability);
      break;
    case Instrument::self_report:
      latent = self_report_scores(c, i, now);
      reliability.fill(p.self_report_reliability);
      break;
  }
  const Scores seen = observe(latent, reliability, rng);
  const auto category_of = [&](const Scores& s) {
    return instrument == Instrument::self_report ? classify_self_report(s) : classify(s);
  };
  AssessmentRecord r;
  r.person_id = c.person_id(i);
  r.primary_caregiver_id = person.primary == kNobody ? 0 : c.person_id(person.primary);
  r.age_days = ticks_to_days(now - person.birth);
  r.time_days = ticks_to_days(now);
  r.community = c.index;
  r.cohort = static_cast<std::int32_t>(ticks_to_days(person.birth) / 365.25);
  r.wave = wave;
  r.generation = static_cast<std::int8_t>(person.generation);
  r.instrument = static_cast<std::int8_t>(instrument);
  r.category = static_cast<std::int8_t>(category_of(seen));
  r.latent_category = static_cast<std::int8_t>(category_of(latent));
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
  r.stress_reactivity = person.reactivity;
  r.caregiver_sensitivity =
      person.primary == kNobody ? 0.0f : c.people[person.primary].care.sensitivity;
  r.arm = person.arm;
  r.life_events = person.life_events;
  r.social_competence = person.social_competence;
  r.exploration = person.exploration;
  r.partner_approach = person.approach;
  r.partner_resentment = person.resentment;
  count_ties(c, i, now, r);
  return r;
}

}  // namespace attachsim::model
