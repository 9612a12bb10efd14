#include "io/log/logging.hpp"

#include <gtest/gtest.h>
#include <spdlog/spdlog.h>

#include "io/config/config_error.hpp"
#include "tests/io/log/fake_communicator.hpp"

namespace attachsim::io {
namespace {

using testing::FakeCommunicator;

// What one info and one warning message print on stderr after setup_logging(options, comm).
std::string logged(const LogOptions& options, const sim::Communicator& comm) {
  setup_logging(options, comm);
  ::testing::internal::CaptureStderr();
  spdlog::info("hello");
  spdlog::warn("careful");
  spdlog::default_logger()->flush();
  return ::testing::internal::GetCapturedStderr();
}

struct Case {
  std::string name;
  std::string level;
  bool quiet;
  int rank;
  int size;
  std::string expected;  // the lines' endings, after the time stamp
};

TEST(SetupLogging, LevelQuietAndRankDecideWhatIsPrinted) {
  const std::vector<Case> cases = {
      {"info on a single process", "info", false, 0, 1, "[info] hello\n[warning] careful\n"},
      {"quiet keeps warnings", "info", true, 0, 1, "[warning] careful\n"},
      {"quiet does not lower a stricter level", "error", true, 0, 1, ""},
      {"off", "off", false, 0, 1, ""},
      {"rank 0 of 2 logs", "info", false, 0, 2, "[info] hello\n[warning] careful\n"},
      {"other ranks are silent", "info", false, 1, 2, ""},
      {"other ranks speak when debugging, naming their rank", "debug", false, 1, 2,
       "[info] [rank 1] hello\n[warning] [rank 1] careful\n"},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.name);
    const std::string text =
        logged({.level = c.level, .quiet = c.quiet}, FakeCommunicator(c.rank, c.size));
    // Strip the "[HH:MM:SS] " stamps.
    std::string stripped;
    for (std::size_t start = 0; start < text.size();) {
      const std::size_t end = text.find('\n', start);
      stripped += text.substr(start + 11, end - start - 10);
      start = end + 1;
    }
    EXPECT_EQ(stripped, c.expected);
  }
}

TEST(SetupLogging, UnknownLevelIsAConfigError) {
  try {
    parse_log_level("verbose");
    FAIL() << "no error";
  } catch (const ConfigError& e) {
    EXPECT_EQ(std::string(e.what()),
              "--log-level 'verbose': not one of trace, debug, info, warn, error, critical, off");
  }
  EXPECT_EQ(parse_log_level("warn"), spdlog::level::warn);
  EXPECT_EQ(log_level_names().front(), "trace");
}

}  // namespace
}  // namespace attachsim::io
