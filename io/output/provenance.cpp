#include "io/output/provenance.hpp"

#include <chrono>
#include <ctime>

#include "io/version.hpp"

namespace attachsim::io {
namespace {

bool needs_quotes(std::string_view arg) {
  if (arg.empty()) return true;
  for (const char c : arg) {
    const bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                       std::string_view("-_./=:,+@%").find(c) != std::string_view::npos;
    if (!plain) return true;
  }
  return false;
}

}  // namespace

Provenance make_provenance(std::uint64_t seed, std::string config, std::string command_line,
                           sim::Communicator& comm) {
  const auto now = std::chrono::duration_cast<std::chrono::seconds>(
                       std::chrono::system_clock::now().time_since_epoch())
                       .count();
  return {.version = std::string(version()),
          .git_revision = std::string(git_revision()),
          .seed = seed,
          .config = std::move(config),
          .command_line = std::move(command_line),
          .created = iso8601_utc(comm.min_all(now))};
}

std::string command_line_of(int argc, const char* const* argv) {
  std::string line;
  for (int i = 0; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (i > 0) line += ' ';
    if (!needs_quotes(arg)) {
      line += arg;
      continue;
    }
    line += '\'';
    for (const char c : arg)
      line += c == '\'' ? std::string("'\\''") : std::string(1, c);
    line += '\'';
  }
  return line;
}

std::string iso8601_utc(std::int64_t seconds) {
  const auto time = static_cast<std::time_t>(seconds);
  std::tm utc{};
  gmtime_r(&time, &utc);
  char text[32];
  std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &utc);
  return text;
}

}  // namespace attachsim::io
