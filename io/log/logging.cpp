#include "io/log/logging.hpp"

#include <array>

#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include "io/config/config_error.hpp"

namespace attachsim::io {
namespace {

constexpr std::array<std::string_view, 7> kLevelNames = {"trace", "debug",    "info", "warn",
                                                         "error", "critical", "off"};
constexpr std::array<spdlog::level::level_enum, 7> kLevels = {
    spdlog::level::trace, spdlog::level::debug,    spdlog::level::info, spdlog::level::warn,
    spdlog::level::err,   spdlog::level::critical, spdlog::level::off};

}  // namespace

std::span<const std::string_view> log_level_names() {
  return kLevelNames;
}

spdlog::level::level_enum parse_log_level(std::string_view name) {
  for (std::size_t i = 0; i < kLevelNames.size(); ++i)
    if (kLevelNames[i] == name) return kLevels[i];
  std::string valid;
  for (const auto level : kLevelNames)
    valid += (valid.empty() ? "" : ", ") + std::string(level);
  throw ConfigError("--log-level '" + std::string(name) + "': not one of " + valid);
}

void setup_logging(const LogOptions& options, const sim::Communicator& comm) {
  auto level = parse_log_level(options.level);
  if (options.quiet) level = std::max(level, spdlog::level::warn);
  // Other ranks would repeat rank 0's messages; they speak only when debugging.
  const bool debugging = level <= spdlog::level::debug;
  if (comm.rank() != 0 && !debugging) level = spdlog::level::off;
  auto logger = std::make_shared<spdlog::logger>(
      "attachsim", std::make_shared<spdlog::sinks::stderr_color_sink_mt>());
  logger->set_level(level);
  const std::string rank =
      comm.size() > 1 && debugging ? "[rank " + std::to_string(comm.rank()) + "] " : "";
  logger->set_pattern("[%H:%M:%S] [%l] " + rank + "%v");
  spdlog::set_default_logger(std::move(logger));
}

}  // namespace attachsim::io
