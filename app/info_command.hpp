// `attachsim info OUT.h5`: prints an output file's provenance and a summary of its tables.
#pragma once

#include <CLI/CLI.hpp>

#include "sim/engine/communicator.hpp"

namespace attachsim::app {

/// Adds the `info` subcommand to `cli`; under MPI only rank `comm` 0 prints.
void add_info_command(CLI::App& cli, const sim::Communicator& comm);

}  // namespace attachsim::app
