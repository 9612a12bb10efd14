// The one exception base of attachsim and the engine's named errors.
//
//   try { scheduler.run(); } catch (const attachsim::Error& e) { std::cerr << e.what(); }
#pragma once

#include <stdexcept>
#include <string>

namespace attachsim {

/// Base of every error attachsim reports to its user; what() is a complete sentence.
class Error : public std::runtime_error {
 public:
  /// Wraps a message that already names what failed and where.
  explicit Error(const std::string& message) : std::runtime_error(message) {}
};

}  // namespace attachsim

namespace attachsim::sim {

/// An LP scheduled an event for another LP sooner than the lookahead: a model bug.
class LookaheadViolation : public Error {
 public:
  using Error::Error;
};

/// An event was scheduled before the current time, or for an LP that does not exist.
class CausalityViolation : public Error {
 public:
  using Error::Error;
};

/// The scheduler was configured with impossible values (no LPs, lookahead <= 0, ...).
class SchedulerConfigError : public Error {
 public:
  using Error::Error;
};

/// Saved state (a checkpoint) that cannot be restored: truncated, malformed, or written by an
/// incompatible build or for another run.
class CheckpointError : public Error {
 public:
  using Error::Error;
};

}  // namespace attachsim::sim
