// `attachsim validate FILE` (check an experiment and print it resolved) and
// `attachsim params` (the parameter reference), and the loading they share with `run`.
#pragma once

#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "sim/engine/communicator.hpp"
#include "sim/model/params.hpp"

namespace attachsim::app {

/// Loads experiment `path`, then applies each `--set` assignment in order. Throws
/// io::ConfigError naming the file, line and key (or the --set argument) of every problem, or
/// attachsim::Error naming the key of a cross-parameter problem.
model::ModelParams load_with_overrides(const std::string& path,
                                       const std::vector<std::string>& overrides);

/// Adds the `validate`, `params` and `columns` subcommands to `cli`.
void add_experiment_commands(CLI::App& cli, const sim::Communicator& comm);

}  // namespace attachsim::app
