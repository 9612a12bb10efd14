#include "io/log/progress.hpp"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>

#include <spdlog/spdlog.h>
#include <unistd.h>

namespace attachsim::io {
namespace {

constexpr double kDaysPerYear = 365.25;
constexpr double kLineInterval = 0.2;  // seconds between redraws of a terminal line

std::string printf_text(const char* format, auto... values) {
  char text[64];
  std::snprintf(text, sizeof text, format, values...);
  return text;
}

// "3 y 124.5 d"
std::string simulated(double days) {
  const double years = std::floor(days / kDaysPerYear);
  return printf_text("%.0f y %.1f d", years, days - years * kDaysPerYear);
}

// "1.23 M events/s"
std::string rate_text(double rate) {
  if (rate >= 1e9) return printf_text("%.2f G events/s", rate / 1e9);
  if (rate >= 1e6) return printf_text("%.2f M events/s", rate / 1e6);
  if (rate >= 1e3) return printf_text("%.1f k events/s", rate / 1e3);
  return printf_text("%.0f events/s", rate);
}

// "0:02:13"
std::string duration(double seconds) {
  const auto s = static_cast<long long>(std::llround(seconds));
  return printf_text("%lld:%02lld:%02lld", s / 3600, s / 60 % 60, s % 60);
}

ProgressStyle resolve(ProgressStyle style) {
  if (style != ProgressStyle::automatic) return style;
  return ::isatty(STDERR_FILENO) != 0 ? ProgressStyle::line : ProgressStyle::log;
}

}  // namespace

ProgressReporter::ProgressReporter(ProgressOptions options) : options_(std::move(options)) {
  options_.style = resolve(options_.style);
  if (!options_.wall_seconds) {
    const auto origin = std::chrono::steady_clock::now();
    options_.wall_seconds = [origin] {
      return std::chrono::duration<double>(std::chrono::steady_clock::now() - origin).count();
    };
  }
  if (!options_.write) {
    options_.write = [](std::string_view text) {
      std::fwrite(text.data(), 1, text.size(), stderr);
      std::fflush(stderr);
    };
  }
  start_wall_ = last_wall_ = options_.wall_seconds();
  last_events_ = options_.start_events;
}

double ProgressReporter::fraction_done(sim::Tick now) const {
  const double span = static_cast<double>(options_.end_time - options_.start_time);
  if (span <= 0) return 1.0;
  return std::clamp(static_cast<double>(now - options_.start_time) / span, 0.0, 1.0);
}

// "t = 3 y 124.5 d of 20 y 0.0 d (17.2%), 123456 events, <tail>"
std::string ProgressReporter::report(sim::Tick now, std::uint64_t events,
                                     std::string_view tail) const {
  std::string text = "t = ";
  text += simulated(static_cast<double>(now) / options_.ticks_per_day);
  text += " of ";
  text += simulated(static_cast<double>(options_.end_time) / options_.ticks_per_day);
  text += printf_text(" (%.1f%%), ", 100 * fraction_done(now));
  text += std::to_string(events);
  text += " events, ";
  text += tail;
  return text;
}

void ProgressReporter::draw(const std::string& text) {
  // Spaces clear what is left of a longer previous line.
  const std::size_t pad = last_line_length_ > text.size() ? last_line_length_ - text.size() : 0;
  options_.write("\r" + text + std::string(pad, ' '));
  last_line_length_ = text.size();
}

void ProgressReporter::update(sim::Tick now, std::uint64_t events) {
  if (options_.quiet) return;
  const double wall = options_.wall_seconds();
  const double interval = wall - last_wall_;
  const double due =
      options_.style == ProgressStyle::line ? kLineInterval : options_.log_interval_seconds;
  if (interval < due) return;
  const double rate = static_cast<double>(events - last_events_) / interval;
  const double done = fraction_done(now);
  const std::string eta = done > 0 ? duration((wall - start_wall_) * (1 - done) / done) : "-:--:--";
  const std::string text = report(now, events, rate_text(rate) + ", ETA " + eta);
  if (options_.style == ProgressStyle::line)
    draw(text);
  else
    spdlog::info("progress: {}", text);
  last_wall_ = wall;
  last_events_ = events;
}

void ProgressReporter::finish(sim::Tick now, std::uint64_t events) {
  if (options_.quiet) return;
  const double wall = options_.wall_seconds();
  const double spent = std::max(wall - start_wall_, 1e-9);
  const std::string text =
      report(now, events,
             rate_text(static_cast<double>(events - options_.start_events) / spent) +
                 " on average, wall time " + duration(spent));
  if (options_.style == ProgressStyle::line) {
    draw(text);
    options_.write("\n");
  } else {
    spdlog::info("finished: {}", text);
  }
}

}  // namespace attachsim::io
