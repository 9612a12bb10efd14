// The parameter table of an attachsim experiment: every parameter of the model declared once,
// with unit, valid range, meaning and source. Loading, validation, --set, the resolved TOML in the
// output file and docs/parameters.md are all derived from it.
//
//   model::ModelParams p = io::load_experiment("experiments/baseline.toml", experiment_table());
#pragma once

#include "io/config/param_table.hpp"
#include "sim/model/params.hpp"

namespace attachsim::experiments {

/// The table of every model parameter (built once, then shared).
const io::ParamTable<model::ModelParams>& experiment_table();

}  // namespace attachsim::experiments
