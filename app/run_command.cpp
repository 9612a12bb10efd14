#include "app/run_command.hpp"

#include <atomic>
#include <csignal>
#include <filesystem>
#include <memory>
#include <optional>

#include <spdlog/spdlog.h>

#include "app/experiment_commands.hpp"
#include "app/model_output.hpp"
#include "experiments/experiment_table.hpp"
#include "io/config/experiment_file.hpp"
#include "io/log/progress.hpp"
#include "io/output/provenance.hpp"
#include "sim/engine/error.hpp"
#include "sim/model/time_units.hpp"

namespace attachsim::app {
namespace {

struct RunOptions {
  std::string experiment;
  std::string output;
  int threads = 1;
  std::optional<std::uint64_t> seed;
  std::vector<std::string> overrides;
  bool quiet = false;
};

// Set by SIGINT/SIGTERM; the scheduler stops at the next barrier.
std::atomic<bool> stop_requested{false};
static_assert(std::atomic<bool>::is_always_lock_free, "the stop flag is set from a signal handler");

extern "C" void request_stop(int) {
  stop_requested.store(true);
}

// Progress is reported this often (simulated time); observers fire in between as they need.
constexpr double kProgressStepDays = 30.0;

std::string default_output(const std::string& experiment) {
  return std::filesystem::path(experiment).stem().string() + ".h5";
}

void run_experiment(const RunOptions& o, sim::Communicator& comm, const std::string& command_line) {
  model::ModelParams p = load_with_overrides(o.experiment, o.overrides);
  if (o.seed) p.run.seed = *o.seed;
  const auto& table = experiments::experiment_table();
  const std::string output = o.output.empty() ? default_output(o.experiment) : o.output;

  model::AttachmentModel model(
      p, sim::block_of(static_cast<sim::LpId>(p.population.communities), comm.rank(), comm.size()));
  sim::SchedulerConfig config = model.scheduler_config(o.threads);
  config.comm = &comm;
  config.stop = &stop_requested;
  sim::Scheduler<model::AttachmentModel> scheduler(model, config);

  io::OutputFile file = io::OutputFile::create(
      output, io::make_provenance(p.run.seed, io::to_toml(p, table), command_line, comm), comm);
  ModelOutput writer(model, file, comm);
  scheduler.add_observer(writer);

  std::signal(SIGINT, request_stop);
  std::signal(SIGTERM, request_stop);
  const sim::Tick end = config.end_time + 1;
  io::ProgressReporter progress({.ticks_per_day = static_cast<double>(model::kTicksPerDay),
                                 .end_time = end,
                                 .quiet = o.quiet || comm.rank() != 0});
  spdlog::info("running {} ({} communities, {} days, seed {}) on {} thread(s) x {} rank(s) -> {}",
               o.experiment, p.population.communities, p.run.end_days, p.run.seed, o.threads,
               comm.size(), output);
  sim::RunStats stats;
  const sim::Tick step = model::days_to_ticks(kProgressStepDays);
  for (sim::Tick until = step;; until += step) {
    stats = scheduler.run_until(std::min(until, end));
    progress.update(stats.now, stats.committed_events);
    if (stats.stopped || stats.now >= end) break;
  }
  progress.finish(stats.now, stats.committed_events);
  if (stats.stopped) {
    throw Error("interrupted at day " + std::to_string(model::ticks_to_days(stats.now)) + "; " +
                file.partial_path().string() + " is incomplete");
  }
  file.commit();
  spdlog::info("{} events in {:.1f} s ({:.2f} M events/s); wrote {} ({} assessments)",
               stats.committed_events, stats.wall_seconds, stats.events_per_second() / 1e6, output,
               writer.panel_rows());
}

}  // namespace

void add_run_command(CLI::App& cli, sim::Communicator& comm, const std::string& command_line) {
  auto o = std::make_shared<RunOptions>();
  CLI::App* cmd = cli.add_subcommand("run", "Run an experiment file and write its HDF5 output");
  cmd->add_option("file", o->experiment, "Experiment file (TOML)")
      ->required()
      ->check(CLI::ExistingFile);
  cmd->add_option("-o,--output", o->output, "Output file (default: the experiment's name .h5)");
  cmd->add_option("--threads", o->threads, "Worker threads per rank")
      ->capture_default_str()
      ->check(CLI::Range(1, 4096));
  cmd->add_option("--seed", o->seed, "Run seed (overrides run.seed)");
  cmd->add_option("--set", o->overrides, "Override a parameter: section.key=value (repeatable)");
  cmd->footer(
      "Examples:\n"
      "  attachsim run experiments/baseline.toml -o baseline.h5 --threads 2\n"
      "  attachsim run experiments/high-risk.toml --set population.communities=20 --seed 7\n"
      "  mpirun -np 4 attachsim run experiments/lifecourse.toml -o lifecourse.h5");
  cmd->callback([o, &comm, &command_line, &cli] {
    o->quiet = cli.get_option("--quiet")->as<bool>();
    run_experiment(*o, comm, command_line);
  });
}

}  // namespace attachsim::app
