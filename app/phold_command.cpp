#include "app/phold_command.hpp"

#include <cinttypes>
#include <cstdio>
#include <memory>

#include "app/resource_usage.hpp"
#include "sim/phold/phold.hpp"

namespace attachsim::app {
namespace {

struct PholdOptions {
  sim::phold::PholdParams params;
  std::uint64_t seed = 1;
  int threads = 1;
  std::size_t grain = 0;
};

void run_phold(const PholdOptions& o, sim::Communicator& comm) {
  sim::phold::PholdModel model(o.params);
  sim::SchedulerConfig config = model.scheduler_config(o.threads, o.seed);
  config.grain = o.grain;
  config.comm = &comm;
  sim::Scheduler<sim::phold::PholdModel> scheduler(model, config);
  const sim::RunStats stats = scheduler.run();
  const std::uint64_t digest = scheduler.digest();
  const std::uint64_t state = comm.sum_all(model.state_digest(scheduler.owned()));
  const std::uint64_t peak = peak_rss_bytes();
  if (comm.rank() != 0) return;
  const auto& p = o.params;
  std::printf("lps: %u\nstart_events: %u\nremote: %g\nmean: %g\nlookahead: %g\nend: %g\n", p.lps,
              p.start_events, p.remote, p.mean, p.lookahead, p.end);
  std::printf("seed: %" PRIu64 "\nthreads: %d\nranks: %d\n", o.seed, o.threads, comm.size());
  std::printf("committed_events: %" PRIu64 "\nwindows: %" PRIu64 "\n", stats.committed_events,
              stats.windows);
  std::printf("wall_seconds: %.6f\nevents_per_second: %.0f\n", stats.wall_seconds,
              stats.events_per_second());
  std::printf("ns_per_event: %.2f\n",
              stats.committed_events > 0
                  ? stats.wall_seconds * 1e9 / static_cast<double>(stats.committed_events)
                  : 0.0);
  std::printf("peak_rss_mib: %.1f\n", static_cast<double>(peak) / (1024.0 * 1024.0));
  std::printf("digest: %016" PRIx64 "\nstate_digest: %016" PRIx64 "\n", digest, state);
}

}  // namespace

void add_phold_command(CLI::App& cli, sim::Communicator& comm) {
  auto options = std::make_shared<PholdOptions>();
  auto& p = options->params;
  CLI::App* cmd = cli.add_subcommand(
      "phold", "Run the PHOLD parallel-DES benchmark (ROSS semantics) and print key: value lines");
  cmd->add_option("--lps", p.lps, "Number of LPs")
      ->capture_default_str()
      ->check(CLI::PositiveNumber);
  cmd->add_option("--start-events", p.start_events, "Initial events per LP")->capture_default_str();
  cmd->add_option("--remote", p.remote, "Probability that an event goes to a random LP")
      ->capture_default_str()
      ->check(CLI::Range(0.0, 1.0));
  cmd->add_option("--mean", p.mean, "Mean delay (lookahead + exponential part), time units")
      ->capture_default_str();
  cmd->add_option("--lookahead", p.lookahead, "Minimum delay and window width, time units")
      ->capture_default_str();
  cmd->add_option("--end", p.end, "End time (inclusive), time units")->capture_default_str();
  cmd->add_option("--ticks-per-unit", p.ticks_per_unit, "Ticks per time unit")
      ->capture_default_str();
  cmd->add_option("--seed", options->seed, "Run seed")->capture_default_str();
  cmd->add_option("--threads", options->threads, "Worker threads per rank")
      ->capture_default_str()
      ->check(CLI::PositiveNumber);
  cmd->add_option("--grain", options->grain, "LPs per task (0: automatic)")->capture_default_str();
  cmd->callback([options, &comm] { run_phold(*options, comm); });
}

}  // namespace attachsim::app
