// Interventions of the experiment file, each reaching eligible persons at a set age and
// randomizing them (or, for teacher training, their community) into a treated and a control arm,
// recorded per person: arm 2k+1 is intervention k's control, 2k+2 its treated arm. A person
// treated by an earlier intervention is not eligible for later ones (arms stay disjoint, so
// several interventions can compare, say, placement at several ages).
#pragma once

#include <string>

#include "sim/model/events.hpp"

namespace attachsim::model {

/// The arm code of intervention k's control (treated = control + 1).
constexpr std::int8_t control_arm(std::size_t k) {
  return static_cast<std::int8_t>(2 * k + 1);
}

/// The `codes` attribute of the arm column: "none,<name>_control,<name>,..." in code order.
std::string arm_codes(const std::vector<Intervention>& interventions);

/// Intervention `k` reaches person `i`: if eligible, randomize and apply.
void on_intervention(Step& s, PersonIndex i, std::size_t k);

}  // namespace attachsim::model
