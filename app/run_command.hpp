// `attachsim run FILE`: runs an experiment file and writes its HDF5 output, with checkpoints to
// resume from after an interruption.
#pragma once

#include <string>

#include <CLI/CLI.hpp>

#include "sim/engine/communicator.hpp"
#include "sim/engine/error.hpp"

namespace attachsim::app {

/// A run stopped by SIGINT or SIGTERM after writing a checkpoint; what() says how to resume.
/// Not a failure: attachsim exits with kExitInterrupted.
class Interrupted : public Error {
 public:
  using Error::Error;
};

/// Adds the `run` subcommand to `cli`; `command_line` is recorded in the output's provenance.
/// The subcommand throws Interrupted when a signal stopped the run.
void add_run_command(CLI::App& cli, sim::Communicator& comm, const std::string& command_line);

}  // namespace attachsim::app
