#include "sim/model/population.hpp"

#include <algorithm>

#include "sim/model/episode.hpp"
#include "sim/model/generation.hpp"
#include "sim/model/time_units.hpp"
#include "sim/model/working_model.hpp"

namespace attachsim::model {
namespace {

PersonIndex add_person(Community& c, Role role, std::uint32_t family, std::uint8_t generation) {
  Person p;
  p.role = role;
  p.family = family;
  p.generation = generation;
  return c.add_person(p);
}

PersonIndex add_adult(Community& c, Role role, std::uint32_t family, bool high_risk,
                      const ModelParams& p, std::uint64_t seed) {
  const PersonIndex i = add_person(c, role, family, 0);
  Person& adult = c.people[i];
  adult.high_risk = high_risk;
  adult.birth = 0;
  sim::RandomStream rng(seed, i, stream_of(c.index, StreamKind::person), adult.rng_counter);
  adult.care = draw_caregiving(rng, p.care, family_means(p, high_risk));
  return i;
}

}  // namespace

int draw_child_count(sim::RandomStream& rng, const std::vector<double>& weights) {
  double total = 0.0;
  for (double w : weights)
    total += w;
  double pick = rng.uniform() * total;
  for (std::size_t k = 0; k + 1 < weights.size(); ++k) {
    if (pick < weights[k]) return static_cast<int>(k) + 1;
    pick -= weights[k];
  }
  return static_cast<int>(weights.size());
}

void build_community(Community& c, std::uint32_t index, const ModelParams& p, std::uint64_t seed) {
  c.index = index;
  const PopulationParams& pop = p.population;
  for (std::uint32_t fam = 0; fam < static_cast<std::uint32_t>(pop.families_per_community); ++fam) {
    Family family;
    // Family-level draws come from the stream of the family's first person, the mother.
    const PersonIndex first = static_cast<PersonIndex>(c.people.size());
    std::uint64_t counter = 0;
    sim::RandomStream rng(seed, first, stream_of(index, StreamKind::family), counter);
    family.high_risk = rng.bernoulli(p.risk.high_risk_share);
    const bool has_father = rng.bernoulli(pop.father_probability);
    int grandparents = 0;
    for (int g = 0; g < 4; ++g)
      grandparents += rng.bernoulli(pop.grandparent_probability);
    const int children = draw_child_count(rng, pop.children_weights);
    // Birth times: sorted uniforms over the window, squeezed so siblings are spaced apart.
    const double spacing = pop.min_birth_spacing_days;
    const double span = std::max(0.0, pop.birth_window_days - spacing * (children - 1));
    std::vector<double> births(static_cast<std::size_t>(children));
    for (double& b : births)
      b = rng.uniform() * span;
    std::sort(births.begin(), births.end());

    family.mother = add_adult(c, Role::mother, fam, family.high_risk, p, seed);
    if (has_father) family.father = add_adult(c, Role::father, fam, family.high_risk, p, seed);
    for (int g = 0; g < grandparents; ++g) {
      const PersonIndex grandparent = add_adult(c, Role::grandparent, fam, false, p, seed);
      c.people[grandparent].remote = rng.bernoulli(pop.remote_grandparent_share);
      family.grandparents.push_back(grandparent);
    }
    for (int k = 0; k < children; ++k) {
      const PersonIndex child = add_person(c, Role::child, fam, 1);
      c.people[child].birth = days_to_ticks(births[static_cast<std::size_t>(k)] + spacing * k);
      c.people[child].high_risk = family.high_risk;
      family.children.push_back(child);
    }
    c.families.push_back(std::move(family));
  }
}

graph::Tie new_tie(const Person& holder, PersonIndex figure, graph::TieType type, double hierarchy,
                   float attunement, sim::Tick now, const LearningParams& p) {
  graph::Tie tie;
  tie.figure = figure;
  tie.type = type;
  tie.hierarchy = static_cast<float>(hierarchy);
  tie.attunement = attunement;
  tie.start = now;
  tie.model = prior_from(holder.model, now, p);
  return tie;
}

void open_tie(Step& s, PersonIndex holder, PersonIndex figure, graph::TieType type,
              double hierarchy) {
  s.c.people[holder].blend_weight = 0.0f;  // the blend gains a tie or a tie's weight changes
  if (graph::Tie* old = s.c.graph.find_tie(holder, figure)) {
    old->type = type;
    old->hierarchy = static_cast<float>(hierarchy);
    old->start = s.ctx.now();
    old->end = sim::kNever;
    return;
  }
  sim::RandomStream rng = s.rng(holder);
  const float attunement =
      std::clamp(draw_attunement(rng, s.p.care) + s.c.people[figure].attunement_shift, 0.0f, 1.0f);
  s.c.graph.add_tie(holder, new_tie(s.c.people[holder], figure, type, hierarchy, attunement,
                                    s.ctx.now(), s.p.learning));
}

void on_birth(Step& s, PersonIndex child) {
  Person& ch = s.c.people[child];
  ch.updated = s.ctx.now();
  const Family family = s.c.families[ch.family];  // a copy: ties are added below
  const CareParams& care = s.p.care;
  for (auto [parent, weight] : {std::pair{family.mother, care.hierarchy_mother},
                                std::pair{family.father, care.hierarchy_father}}) {
    if (parent != kNobody && !s.c.people[parent].away) {
      open_tie(s, child, parent, graph::TieType::parent, weight);
    }
  }
  for (PersonIndex g : family.grandparents) {
    open_tie(s, child, g, graph::TieType::grandparent, care.hierarchy_grandparent);
  }
  s.c.people[child].primary =
      !s.c.graph.ties(child).empty() ? s.c.graph.ties(child).front().figure : kNobody;
  sim::RandomStream rng = s.rng(child);
  schedule_next_onset(s, child, rng);
  schedule_life_course(s, child);
}

void schedule_life_course(Step& s, PersonIndex child) {
  const Person& ch = s.c.people[child];
  const sim::Tick birth = ch.birth;
  const auto schedule_at_age = [&](double age_days, EventKind kind, std::uint32_t tag) {
    s.schedule(birth + days_to_ticks(age_days), kind, child, kNobody, tag);
  };
  const ObservationParams& o = s.p.observation;
  const std::pair<Instrument, const std::vector<double>*> instruments[] = {
      {Instrument::infant_observation, &o.assessment_ages_days},
      {Instrument::self_report, &o.self_report_ages_days},
      {Instrument::adult_interview, &o.interview_ages_days}};
  for (const auto& [instrument, ages] : instruments) {
    for (std::size_t wave = 0; wave < ages->size(); ++wave) {
      schedule_at_age((*ages)[wave], EventKind::assessment,
                      assessment_tag(instrument, static_cast<std::uint32_t>(wave)));
    }
  }
  sim::RandomStream rng = s.rng(child);
  if (rng.bernoulli(s.p.childcare.probability) &&
      s.p.childcare.entry_age_days < s.p.school.entry_age_days) {
    schedule_at_age(s.p.childcare.entry_age_days, EventKind::childcare_entry, 0);
  }
  for (std::size_t k = 0; k < s.p.interventions.size(); ++k) {
    schedule_at_age(s.p.interventions[k].age_days, EventKind::intervention,
                    static_cast<std::uint32_t>(k));
  }
  plan_parenthood(s, child);
}

}  // namespace attachsim::model
