// attachsim: the command-line entry point. Starts MPI when launched by mpirun, dispatches to the
// subcommands and turns every error into a message and a non-zero exit.
#include <cstdio>
#include <exception>
#include <memory>
#include <new>
#include <optional>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "app/exit_codes.hpp"
#include "app/experiment_commands.hpp"
#include "app/info_command.hpp"
#include "app/phold_command.hpp"
#include "app/run_command.hpp"
#include "io/log/logging.hpp"
#include "io/output/provenance.hpp"
#include "io/version.hpp"
#include "sim/engine/error.hpp"
#include "sim/engine/mpi_communicator.hpp"

namespace {

// Reports an error and ends the run with the error exit code.
int fail(attachsim::sim::Communicator* comm, const char* what) {
  std::fprintf(stderr, "attachsim: error: %s\n", what);
  // Ranks that did not fail may wait in a collective call forever (an MPI-IO close, say).
  if (comm != nullptr && comm->size() > 1) MPI_Abort(MPI_COMM_WORLD, attachsim::app::kExitError);
  return attachsim::app::kExitError;
}

}  // namespace

int main(int argc, char** argv) {
  using namespace attachsim;
  std::optional<sim::MpiSession> mpi;
  std::unique_ptr<sim::Communicator> comm;
  try {
    comm = sim::process_communicator(argc, argv, mpi);
    CLI::App cli{"attachsim: a parallel discrete-event simulator of attachment working models"};
    cli.set_version_flag("--version", "attachsim " + std::string(io::version()) + " (git " +
                                          std::string(io::git_revision()) + ")");
    cli.require_subcommand(1);
    cli.fallthrough();  // the options below may also follow the subcommand
    io::LogOptions log;
    const auto levels = io::log_level_names();
    cli.add_option("--log-level", log.level, "How much to log to stderr")
        ->capture_default_str()
        ->check(CLI::IsMember(std::vector<std::string>(levels.begin(), levels.end())));
    cli.add_flag("-q,--quiet", log.quiet, "Log only warnings and errors; no progress");
    cli.parse_complete_callback([&] { io::setup_logging(log, *comm); });
    const std::string command_line = io::command_line_of(argc, argv);
    app::add_run_command(cli, *comm, command_line);
    app::add_experiment_commands(cli, *comm);
    app::add_info_command(cli, *comm);
    app::add_phold_command(cli, *comm);
    try {
      cli.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
      // --help and --version are "errors" with exit code 0; every real one is a usage error.
      return cli.exit(e) == 0 ? app::kExitSuccess : app::kExitUsage;
    }
  } catch (const app::Interrupted& e) {
    // Every rank stopped at the same barrier and wrote its part of the checkpoint.
    if (comm->rank() == 0) std::fprintf(stderr, "attachsim: %s\n", e.what());
    return app::kExitInterrupted;
  } catch (const std::bad_alloc&) {
    return fail(comm.get(), "out of memory");
  } catch (const std::exception& e) {
    // attachsim::Error and whatever the standard library throws (a file name too long, say).
    return fail(comm.get(), e.what());
  }
  return app::kExitSuccess;
}
