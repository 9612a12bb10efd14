// The generalized model kept as the blend of a person's tie models (DESIGN §1): every update of a
// tie model moves the blend at once by that tie's weight, and once a month the blend is derived
// afresh from every tie with the hierarchy weights of that moment (the fading of ended ties, the
// shift of weights with age, and ties gained since).
//
//   const Generalized before = blend_terms(tie.model);
//   observe_signal(tie.model, outcome, now, p.learning);
//   follow_tie(s, child, tie, before);
#pragma once

#include "sim/model/events.hpp"

namespace attachsim::model {

/// True once person p's models learn from experience (from the age iwm_onset_days).
bool learns(const Step& s, const Person& p);

/// Derives the holder's generalized model afresh from all its ties, weighted as at the
/// community's blend time; keeps the model as it is when no tie has weight.
void reblend(Step& s, PersonIndex holder);

/// Moves the holder's generalized model after a change to the model of one of its ties, whose
/// blend terms were `before`; derives it afresh when it is stale (blend_weight 0).
void follow_tie(Step& s, PersonIndex holder, const graph::Tie& tie, const Generalized& before);

/// The monthly re-weighting: the community's blend time becomes now, and every person who learns
/// has its generalized model derived afresh.
void reblend_community(Step& s);

}  // namespace attachsim::model
