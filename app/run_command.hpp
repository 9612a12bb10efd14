// `attachsim run FILE`: runs an experiment file and writes its HDF5 output.
#pragma once

#include <CLI/CLI.hpp>

#include "sim/engine/communicator.hpp"

namespace attachsim::app {

/// Adds the `run` subcommand to `cli`; `command_line` is recorded in the output's provenance.
void add_run_command(CLI::App& cli, sim::Communicator& comm, const std::string& command_line);

}  // namespace attachsim::app
