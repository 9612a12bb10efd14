// The next generation: a grown child founds a family in the run. Its caregiving comes from a
// fresh draw moved by its own working model through four channels, each with its own strength
// (GenerationParams): sensitivity from trust and avoidance, consistency from anxiety,
// frightening behaviour from unresolved fear, and attunement from security. With every strength
// at zero the draw alone decides: transmission can emerge, it is not assumed.
#pragma once

#include "sim/model/events.hpp"

namespace attachsim::model {

/// Caregiving traits of a new parent: `drawn` moved by the parent's own model `g`.
Caregiving transmitted_care(const Caregiving& drawn, const Generalized& g,
                            const GenerationParams& p);

/// Attunement shift a new parent brings to its children: strength x (security - 0.35).
float transmitted_attunement(const Generalized& g, const GenerationParams& p);

/// Decides at a child's birth whether (and at what age) it will found a family in the run.
void plan_parenthood(Step& s, PersonIndex child);

/// Person `i` (grown up) founds a family: it and its partner (if any) become parents; its own
/// and the partner's parents become the grandparents; its children are planned.
void on_parenthood(Step& s, PersonIndex i);

}  // namespace attachsim::model
