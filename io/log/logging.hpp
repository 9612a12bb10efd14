// spdlog set up for attachsim: messages to stderr at one level; under MPI only rank 0 logs,
// unless the level is debug or trace (then every rank does, each line naming its rank).
//
//   setup_logging({.level = "debug"}, comm);   // from --log-level and --quiet
//   spdlog::info("loaded {}", path);
#pragma once

#include <span>
#include <string>
#include <string_view>

#include <spdlog/common.h>

#include "sim/engine/communicator.hpp"

namespace attachsim::io {

/// How much to log, as given on the command line.
struct LogOptions {
  std::string level = "info";  ///< one of log_level_names()
  bool quiet = false;          ///< only warnings and errors (a more severe level still wins)
};

/// The names --log-level accepts, most verbose first: trace, debug, info, warn, error, critical,
/// off.
std::span<const std::string_view> log_level_names();

/// The spdlog level called `name`; throws ConfigError naming the valid names for any other.
spdlog::level::level_enum parse_log_level(std::string_view name);

/// Makes spdlog's default logger write "[HH:MM:SS] [level] message" lines to stderr at the
/// options' level (and "[rank N] " before the message when several ranks log). Throws
/// ConfigError for an unknown level.
void setup_logging(const LogOptions& options, const sim::Communicator& comm);

}  // namespace attachsim::io
