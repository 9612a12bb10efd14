#include "sim/model/interventions.hpp"

#include <algorithm>

#include "sim/model/groups.hpp"
#include "sim/model/population.hpp"
#include "sim/model/time_units.hpp"
#include "sim/model/working_model.hpp"

namespace attachsim::model {
namespace {

constexpr double kMentorHierarchy = 0.6;

float raised(float x, double by) {
  return std::clamp(x + static_cast<float>(by), 0.0f, 1.0f);
}

// Teacher training is randomized by community (teachers serve everyone in it): a stateless draw
// keyed by the community and the intervention.
bool community_treated(const Step& s, std::size_t k, double share) {
  const auto b = sim::philox_block(s.ctx.seed(), kCommunityEntity,
                                   stream_of(s.c.index, StreamKind::community), 0x1000 + k);
  return sim::unit_from_word(b[0]) < share;
}

// The child's caregivers are replaced (adoption, foster care): ties to parents and grandparents
// end (the child keeps its models of them), two new caregivers of sensitivity around `effect`
// take their places.
void place(Step& s, PersonIndex child, const Intervention& iv) {
  for (graph::TieType type : {graph::TieType::parent, graph::TieType::grandparent})
    end_ties(s, child, type);
  const PersonIndex mother = add_professional(s, Role::mother, iv.effect);
  const PersonIndex father = add_professional(s, Role::father, iv.effect);
  open_tie(s, child, mother, graph::TieType::parent, s.p.care.hierarchy_mother);
  open_tie(s, child, father, graph::TieType::parent, s.p.care.hierarchy_father);
  s.c.people[child].primary = mother;
}

// Reflective reworking: old evidence loses `effect` of its weight now, and positive experience
// weighs (1 + effect) times as much for the duration.
void rework(Step& s, PersonIndex i, const Intervention& iv) {
  const auto keep = static_cast<float>(1.0 - std::min(0.9, iv.effect));
  for (graph::Tie& tie : s.c.graph.ties(i)) {
    graph::TieModel& m = tie.model;
    m.calm_yes *= keep;
    m.calm_no *= keep;
    m.escalated_yes *= keep;
    m.escalated_no *= keep;
    refresh_dimensions(m);
  }
  Person& p = s.c.people[i];
  p.reworking_until = s.ctx.now() + days_to_ticks(iv.duration_days);
  p.rework_gain = static_cast<float>(iv.effect);
}

}  // namespace

std::string arm_codes(const std::vector<Intervention>& interventions) {
  std::string codes = "none";
  for (const Intervention& iv : interventions)
    codes += "," + iv.name + "_control," + iv.name;
  return codes;
}

void on_intervention(Step& s, PersonIndex i, std::size_t k) {
  const Intervention& iv = s.p.interventions[k];
  if (iv.eligible == Eligibility::high_risk && !s.c.people[i].high_risk) return;
  if (s.c.people[i].arm > 0 && s.c.people[i].arm % 2 == 0) return;  // treated by an earlier one
  sim::RandomStream rng = s.rng(i);
  const bool treated = iv.kind == InterventionKind::teacher_training
                           ? community_treated(s, k, iv.share)
                           : rng.bernoulli(iv.share);
  s.c.people[i].arm = static_cast<std::int8_t>(control_arm(k) + (treated ? 1 : 0));
  if (!treated) return;
  switch (iv.kind) {
    case InterventionKind::sensitivity_training: {
      const PersonIndex primary = s.c.people[i].primary;
      if (primary != kNobody)
        s.c.people[primary].care.sensitivity =
            raised(s.c.people[primary].care.sensitivity, iv.effect);
      break;
    }
    case InterventionKind::teacher_training:
      if (!s.c.teachers_trained) {
        s.c.teachers_trained = true;
        s.c.teacher_gain = static_cast<float>(iv.effect);
        for (PersonIndex t : s.c.teachers)
          s.c.people[t].care.sensitivity = raised(s.c.people[t].care.sensitivity, iv.effect);
      }
      break;
    case InterventionKind::mentor: {
      const PersonIndex mentor = add_professional(s, Role::mentor, iv.effect);
      open_tie(s, i, mentor, graph::TieType::mentor, kMentorHierarchy);
      s.c.graph.ties(i).back().end = s.ctx.now() + days_to_ticks(iv.duration_days);
      break;
    }
    case InterventionKind::placement:
      place(s, i, iv);
      break;
    case InterventionKind::reflective_reworking:
      rework(s, i, iv);
      break;
  }
}

}  // namespace attachsim::model
