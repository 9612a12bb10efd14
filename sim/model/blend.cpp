#include "sim/model/blend.hpp"

#include "sim/model/time_units.hpp"
#include "sim/model/working_model.hpp"

namespace attachsim::model {
namespace {

// The hierarchy weights of the holder's ties as at the community's blend time.
TieWeights blend_weights(const Step& s, const Person& holder) {
  const sim::Tick at = s.c.blend_time;
  return {ticks_to_days(at - holder.birth) / 365.25, at, s.p.adolescence};
}

}  // namespace

bool learns(const Step& s, const Person& p) {
  return ticks_to_days(s.ctx.now() - p.birth) >= s.p.learning.iwm_onset_days;
}

void reblend(Step& s, PersonIndex holder) {
  Person& p = s.c.people[holder];
  const Blend blend = generalize(s.c.graph, holder, blend_weights(s, p), p.model);
  p.model = blend.model;
  p.blend_weight = blend.weight;
}

void follow_tie(Step& s, PersonIndex holder, const graph::Tie& tie, const Generalized& before) {
  Person& p = s.c.people[holder];
  if (p.blend_weight <= 0.0f) {
    reblend(s, holder);
    return;
  }
  const float weight = blend_weights(s, p)(tie);
  if (weight > 0.0f) shift_blend(p.model, p.blend_weight, weight, before, blend_terms(tie.model));
}

void reblend_community(Step& s) {
  s.c.blend_time = s.ctx.now();
  for (PersonIndex i = 0; i < s.c.people.size(); ++i) {
    if (learns(s, s.c.people[i])) reblend(s, i);  // not before birth: the age would be negative
  }
}

}  // namespace attachsim::model
