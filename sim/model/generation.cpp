#include "sim/model/generation.hpp"

#include <algorithm>
#include <cmath>
#include <vector>

#include "sim/model/population.hpp"
#include "sim/model/time_units.hpp"

namespace attachsim::model {
namespace {

// Reference points of the channels: a typical secure adult (trust 0.5, security 0.35).
constexpr float kTypicalTrust = 0.5f;
constexpr float kTypicalSecurity = 0.35f;
constexpr float kUnresolvedFear = 0.3f;  // fear beyond this is unresolved

float clamp01(float x) {
  return std::clamp(x, 0.0f, 1.0f);
}

// Makes adult `i` a parent with traits drawn for an ordinary family, moved by its own model.
void become_parent(Step& s, PersonIndex i, Role role, std::uint32_t family) {
  sim::RandomStream rng = s.rng(i);
  const Caregiving drawn = draw_caregiving(rng, s.p.care, family_means(s.p, false));
  Person& p = s.c.people[i];
  p.role = role;
  p.own_family = family;
  p.care = transmitted_care(drawn, p.model, s.p.generation);
  p.attunement_shift = transmitted_attunement(p.model, s.p.generation);
}

}  // namespace

Caregiving transmitted_care(const Caregiving& drawn, const Generalized& g,
                            const GenerationParams& p) {
  Caregiving c = drawn;
  c.sensitivity = clamp01(drawn.sensitivity + static_cast<float>(p.sensitivity_strength) *
                                                  ((g.trust - kTypicalTrust) - g.avoidance));
  c.consistency =
      clamp01(drawn.consistency - static_cast<float>(p.consistency_strength) * g.anxiety);
  const float unresolved = std::max(0.0f, g.fear - kUnresolvedFear) / (1.0f - kUnresolvedFear);
  c.frightening =
      clamp01(std::max(drawn.frightening, static_cast<float>(p.frightening_strength) * unresolved));
  return c;
}

float transmitted_attunement(const Generalized& g, const GenerationParams& p) {
  return static_cast<float>(p.attunement_strength) * (g.security - kTypicalSecurity);
}

void plan_parenthood(Step& s, PersonIndex child) {
  const GenerationParams& p = s.p.generation;
  sim::RandomStream rng = s.rng(child);
  if (!rng.bernoulli(p.parent_probability)) return;
  const double age =
      std::max(18.0, p.first_birth_age_years + p.birth_age_spread_years * rng.normal());
  const sim::Tick at = s.c.people[child].birth + days_to_ticks(age * 365.25);
  if (at <= days_to_ticks(s.p.run.end_days)) s.schedule(at, EventKind::parenthood, child);
}

void on_parenthood(Step& s, PersonIndex i) {
  if (s.c.people[i].own_family != kNoGroup) return;  // already a parent (as someone's partner)
  const auto index = static_cast<std::uint32_t>(s.c.families.size());
  Family family;
  family.mother = i;
  become_parent(s, i, Role::mother, index);
  const PersonIndex partner = s.c.people[i].partner;
  if (partner != kNobody && s.c.people[partner].own_family == kNoGroup) {
    family.father = partner;
    become_parent(s, partner, Role::father, index);
  }
  // The new parents' own parents become the grandparents, each involved with the usual chance.
  sim::RandomStream rng = s.rng(i);
  for (PersonIndex parent : {family.mother, family.father}) {
    if (parent == kNobody) continue;
    const Family& origin = s.c.families[s.c.people[parent].family];
    for (PersonIndex g : {origin.mother, origin.father}) {
      if (g != kNobody && !s.c.people[g].away &&
          rng.bernoulli(s.p.population.grandparent_probability)) {
        family.grandparents.push_back(g);
      }
    }
  }
  // Children, spaced as in the founding generation, born from now on. Every draw comes before
  // the first child is added: adding a person may move the table that `rng`'s counter is in.
  const int children = draw_child_count(rng, s.p.population.children_weights);
  std::vector<sim::Tick> births;
  double at_days =
      ticks_to_days(s.ctx.now()) + rng.uniform() * s.p.population.min_birth_spacing_days;
  for (int k = 0; k < children; ++k) {
    births.push_back(days_to_ticks(at_days));
    at_days += s.p.population.min_birth_spacing_days * (1.0 + rng.uniform());
  }
  const auto generation = static_cast<std::uint8_t>(s.c.people[i].generation + 1);
  for (sim::Tick birth : births) {
    Person baby;
    baby.role = Role::child;
    baby.family = index;
    baby.generation = generation;
    baby.birth = birth;
    const PersonIndex child = s.c.add_person(baby);
    family.children.push_back(child);
    if (birth <= days_to_ticks(s.p.run.end_days)) s.schedule(birth, EventKind::birth, child);
  }
  s.c.families.push_back(std::move(family));
}

}  // namespace attachsim::model
