// Negative life events of families with children under 18: losing a parent figure, the parents
// separating, the family moving house (within its community). They end or change ties, strain
// the remaining caregivers for a while (availability falls), and are counted per child.
#pragma once

#include "sim/model/events.hpp"

namespace attachsim::model {

/// One month of life events for every family of the community.
void update_life_events(Step& s);

/// Strains caregiver `i`: it loses `strain` of its availability for `days`.
void strain_caregiver(Step& s, PersonIndex i, double strain, double days);

}  // namespace attachsim::model
