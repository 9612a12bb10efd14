// A progress report for long runs: simulated time (years and days), events per second and the
// time left. On a terminal it rewrites one line; otherwise it logs a line now and then.
//
//   ProgressReporter progress({.ticks_per_day = 1440.0, .end_time = end, .quiet = rank != 0});
//   for (Tick t = step; !done; t += step) {
//     const RunStats stats = scheduler.run_until(t);
//     progress.update(stats.now, stats.committed_events);
//   }
//   progress.finish(stats.now, stats.committed_events);
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

#include "sim/engine/time.hpp"

namespace attachsim::io {

/// Where progress goes.
enum class ProgressStyle {
  automatic,  ///< `line` when stderr is a terminal, else `log`
  line,       ///< one line on stderr, rewritten in place (carriage return)
  log,        ///< spdlog info lines, at most one per log_interval_seconds
};

/// What the reporter needs to know about the run and how to report.
struct ProgressOptions {
  double ticks_per_day = 1.0;        ///< simulated ticks per day (a year is 365.25 days)
  sim::Tick start_time = 0;          ///< where this run (or its resumed part) starts
  std::uint64_t start_events = 0;    ///< events committed before start_time (a resumed run's)
  sim::Tick end_time = 0;            ///< where it ends, for the fraction done and the ETA
  double log_interval_seconds = 30;  ///< log style: seconds of wall time between lines
  bool quiet = false;                ///< report nothing (--quiet, and ranks other than 0)
  ProgressStyle style = ProgressStyle::automatic;  ///< see ProgressStyle
  std::function<void(std::string_view)> write{};   ///< line style output; empty: stderr
  std::function<double()> wall_seconds{};          ///< wall clock; empty: a steady clock
};

/// Reports progress when the run loop tells it how far it got; see the file comment.
class ProgressReporter {
 public:
  /// Starts the wall clock. `options.ticks_per_day` must be > 0.
  explicit ProgressReporter(ProgressOptions options);

  /// Every event before `now` has committed, `events` of them in all (over all ranks). The line
  /// style redraws at most five times a second; the log style logs when log_interval_seconds
  /// have passed since its last line.
  void update(sim::Tick now, std::uint64_t events);

  /// The run ended at `now`: the line style redraws and ends its line, the log style logs a last
  /// line with the run's mean rate.
  void finish(sim::Tick now, std::uint64_t events);

 private:
  double fraction_done(sim::Tick now) const;
  std::string report(sim::Tick now, std::uint64_t events, std::string_view tail) const;
  void draw(const std::string& text);

  ProgressOptions options_;
  double start_wall_ = 0.0;
  double last_wall_ = 0.0;         // when the last report was made
  std::uint64_t last_events_ = 0;  // events at the last report
  std::size_t last_line_length_ = 0;
};

}  // namespace attachsim::io
