// The exit codes of attachsim (README, "Exit codes"; `attachsim run --help`).
#pragma once

namespace attachsim::app {

/// Everything asked for was done.
inline constexpr int kExitSuccess = 0;
/// An error was reported: bad input, or a run that failed.
inline constexpr int kExitError = 1;
/// The command line could not be parsed (an unknown option, a bad value).
inline constexpr int kExitUsage = 2;
/// A run was interrupted (SIGINT, SIGTERM) and wrote a checkpoint to resume from.
inline constexpr int kExitInterrupted = 3;

}  // namespace attachsim::app
