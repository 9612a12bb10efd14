// Where an output file came from: the root attributes that make it self-describing.
//
//   Provenance p = make_provenance(seed, to_toml(experiment, table), command_line_of(argc, argv),
//                                  comm);
//   OutputFile out = OutputFile::create("run.h5", p, comm);
#pragma once

#include <cstdint>
#include <string>

#include "sim/engine/communicator.hpp"

namespace attachsim::io {

/// The provenance attributes of an output file (besides `format` and `format_version`).
struct Provenance {
  std::string version{};       ///< attachsim version
  std::string git_revision{};  ///< source revision ("-dirty" when modified, else "unknown")
  std::uint64_t seed = 0;      ///< run seed
  std::string config{};        ///< the resolved experiment, as TOML
  std::string command_line{};  ///< how the run was started
  std::string created{};       ///< when, ISO-8601 UTC ("2024-05-01T12:00:00Z")
};

/// The provenance of this run: this build's version and git revision, and `created` = now. The
/// time is the earliest clock over the ranks, so all ranks write the same value (collective).
Provenance make_provenance(std::uint64_t seed, std::string config, std::string command_line,
                           sim::Communicator& comm);

/// The arguments joined by spaces, each single-quoted for a POSIX shell where it needs it.
std::string command_line_of(int argc, const char* const* argv);

/// Seconds since the Unix epoch as ISO-8601 UTC, "1970-01-01T00:00:00Z".
std::string iso8601_utc(std::int64_t seconds);

}  // namespace attachsim::io
