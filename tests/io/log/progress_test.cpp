#include "io/log/progress.hpp"

#include <memory>
#include <sstream>

#include <gtest/gtest.h>
#include <spdlog/sinks/ostream_sink.h>
#include <spdlog/spdlog.h>

namespace attachsim::io {
namespace {

// A ProgressReporter on a fake clock that writes to a string; ticks are hours here.
struct Harness {
  explicit Harness(ProgressStyle style, bool quiet = false)
      : reporter({.ticks_per_day = 24,
                  .start_time = 0,
                  .end_time = 24 * 730,  // two years of 365 days
                  .log_interval_seconds = 10,
                  .quiet = quiet,
                  .style = style,
                  .write = [this](std::string_view text) { written += text; },
                  .wall_seconds = [this] { return clock; }}) {}
  double clock = 0;
  std::string written;
  ProgressReporter reporter;
};

TEST(ProgressReporter, OnATerminalRewritesOneLine) {
  Harness h(ProgressStyle::line);
  h.clock = 1.0;
  // A quarter of the run in 1 s: 3 more seconds to go; 4 M events in 1 s.
  h.reporter.update(24 * 182 + 12, 4'000'000);
  EXPECT_EQ(h.written,
            "\rt = 0 y 182.5 d of 1 y 364.8 d (25.0%), 4000000 events, 4.00 M events/s, "
            "ETA 0:00:03");
  h.written.clear();
  h.clock = 1.1;  // too soon to redraw
  h.reporter.update(24 * 200, 4'100'000);
  EXPECT_EQ(h.written, "");
  h.clock = 2.0;
  h.reporter.update(24 * 365, 5'000'000);
  EXPECT_EQ(h.written,
            "\rt = 0 y 365.0 d of 1 y 364.8 d (50.0%), 5000000 events, 1.00 M events/s, "
            "ETA 0:00:02");
  h.written.clear();
  h.clock = 3.0;
  h.reporter.update(24 * 550 + 6, 5'000'100);
  EXPECT_EQ(h.written,
            "\rt = 1 y 185.0 d of 1 y 364.8 d (75.4%), 5000100 events, 100 events/s, "
            "ETA 0:00:01   ");  // padded to clear the end of the longer line before it
  h.written.clear();
  h.clock = 4.0;
  h.reporter.finish(24 * 730, 6'000);
  EXPECT_EQ(h.written,
            "\rt = 1 y 364.8 d of 1 y 364.8 d (100.0%), 6000 events, 1.5 k events/s on average, "
            "wall time 0:00:04\n");
}

TEST(ProgressReporter, WithoutATerminalLogsAtMostEveryInterval) {
  std::ostringstream log;
  auto logger = std::make_shared<spdlog::logger>(
      "progress_test", std::make_shared<spdlog::sinks::ostream_sink_st>(log));
  logger->set_pattern("%v");
  const auto previous = spdlog::default_logger();
  spdlog::set_default_logger(logger);
  Harness h(ProgressStyle::log);
  for (int second = 1; second <= 25; ++second) {
    h.clock = second;
    h.reporter.update(24 * 29 * second, 100u * static_cast<unsigned>(second));
  }
  h.reporter.finish(24 * 730, 2500);
  spdlog::set_default_logger(previous);
  // Lines at 10 s and 20 s, then the last one; nothing on the terminal writer.
  EXPECT_EQ(log.str(),
            "progress: t = 0 y 290.0 d of 1 y 364.8 d (39.7%), 1000 events, 100 events/s, "
            "ETA 0:00:15\n"
            "progress: t = 1 y 214.8 d of 1 y 364.8 d (79.5%), 2000 events, 100 events/s, "
            "ETA 0:00:05\n"
            "finished: t = 1 y 364.8 d of 1 y 364.8 d (100.0%), 2500 events, 100 events/s on "
            "average, wall time 0:00:25\n");
  EXPECT_EQ(h.written, "");
}

// A run resumed halfway with 4 M events behind it: rates count only this part's events, and the
// fraction done and the ETA only its span.
TEST(ProgressReporter, ResumedRunCountsFromWhereItResumed) {
  double clock = 0;
  std::string written;
  ProgressReporter reporter({.ticks_per_day = 24,
                             .start_time = 24 * 365,
                             .start_events = 4'000'000,
                             .end_time = 24 * 730,
                             .style = ProgressStyle::line,
                             .write = [&](std::string_view text) { written += text; },
                             .wall_seconds = [&] { return clock; }});
  clock = 1.0;
  reporter.update(24 * 547 + 12, 5'000'000);
  EXPECT_EQ(written,
            "\rt = 1 y 182.2 d of 1 y 364.8 d (50.0%), 5000000 events, 1.00 M events/s, "
            "ETA 0:00:01");
  written.clear();
  clock = 2.0;
  reporter.finish(24 * 730, 6'000'000);
  EXPECT_EQ(written,
            "\rt = 1 y 364.8 d of 1 y 364.8 d (100.0%), 6000000 events, 1.00 M events/s on "
            "average, wall time 0:00:02\n");
}

TEST(ProgressReporter, QuietReportsNothing) {
  Harness h(ProgressStyle::line, true);
  h.clock = 5;
  h.reporter.update(100, 100);
  h.reporter.finish(200, 200);
  EXPECT_EQ(h.written, "");
}

}  // namespace
}  // namespace attachsim::io
