// `attachsim phold`: runs the PHOLD benchmark and prints `key: value` lines.
#pragma once

#include <CLI/CLI.hpp>

#include "sim/engine/communicator.hpp"

namespace attachsim::app {

/// Adds the `phold` subcommand to `cli`; it runs with `comm` (the local or MPI communicator).
void add_phold_command(CLI::App& cli, sim::Communicator& comm);

}  // namespace attachsim::app
