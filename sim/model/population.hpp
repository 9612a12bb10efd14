// Building a community at the start of a run: families with a mother, perhaps a father,
// involved grandparents and 1-3 children born over the birth window; caregiving traits from the
// configured distributions and the risk mix; and, at each birth, the child's ties to its family.
#pragma once

#include <cstdint>

#include "sim/model/events.hpp"

namespace attachsim::model {

/// Fills community `index` with its families and persons (all draws keyed by the seed, the
/// community and the person, so the result does not depend on which thread builds it).
void build_community(Community& c, std::uint32_t index, const ModelParams& p, std::uint64_t seed);

/// Number of children from the relative odds of 1, 2, 3, ... children.
int draw_child_count(sim::RandomStream& rng, const std::vector<double>& weights);

/// A child is born: ties to its family's caregivers (priors from the child's generalized model,
/// attunement drawn for each pair), its first distress onset, and its life course.
void on_birth(Step& s, PersonIndex child);

/// Schedules what a newborn's life brings at set ages: assessments by every instrument, childcare
/// entry (if drawn), interventions, and perhaps founding a family.
void schedule_life_course(Step& s, PersonIndex child);

/// A new tie holder -> figure starting at `now`: its model's prior is the holder's generalized
/// model (DESIGN §1: expectations of a new person come from experience with others).
graph::Tie new_tie(const Person& holder, PersonIndex figure, graph::TieType type, double hierarchy,
                   float attunement, sim::Tick now, const LearningParams& p);

/// Opens the tie holder -> figure now, of `type` and weight `hierarchy`. A tie the holder still
/// remembers (an ended friendship, last year's teacher coming back) comes back to life with its
/// model; otherwise new_tie(...) is added with a freshly drawn attunement.
void open_tie(Step& s, PersonIndex holder, PersonIndex figure, graph::TieType type,
              double hierarchy);

}  // namespace attachsim::model
