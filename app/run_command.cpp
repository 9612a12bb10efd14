#include "app/run_command.hpp"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <csignal>
#include <filesystem>
#include <limits>
#include <memory>
#include <optional>

#include <spdlog/fmt/fmt.h>
#include <spdlog/spdlog.h>

#include "app/checkpoint.hpp"
#include "app/duration.hpp"
#include "app/exit_codes.hpp"
#include "app/experiment_commands.hpp"
#include "app/model_output.hpp"
#include "experiments/experiment_table.hpp"
#include "io/config/experiment_file.hpp"
#include "io/log/progress.hpp"
#include "io/output/file_reader.hpp"
#include "io/output/provenance.hpp"
#include "sim/engine/error.hpp"
#include "sim/model/time_units.hpp"

namespace attachsim::app {
namespace {

namespace fs = std::filesystem;

struct RunOptions {
  std::string experiment;
  std::string output;
  int threads = 1;
  std::optional<std::uint64_t> seed;
  std::vector<std::string> overrides;
  std::string checkpoint_every;  // as given ("200d"); empty: only on a signal
  std::string checkpoint;        // empty: OUTPUT.ckpt
  std::string resume;            // the checkpoint to resume from; empty: a fresh run
  bool quiet = false;
};

// Set by SIGINT/SIGTERM; the scheduler stops at the next barrier, on every rank.
std::atomic<bool> stop_requested{false};
static_assert(std::atomic<bool>::is_always_lock_free, "the stop flag is set from a signal handler");

// The first signal asks for a checkpoint and a clean exit; the default action is restored, so
// a second one ends the process at once (the previous checkpoint, if any, stays intact).
extern "C" void request_stop(int number) {
  stop_requested.store(true);
  std::signal(number, SIG_DFL);
}

// The largest seed: an experiment file holds it as a TOML integer (signed 64 bits).
constexpr auto kLargestSeed = static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max());

// Progress is reported this often (simulated time); observers fire in between as they need.
constexpr double kProgressStepDays = 30.0;

std::string default_output(const std::string& experiment) {
  return fs::path(experiment).stem().string() + ".h5";
}

// The command that resumes this run from `checkpoint`.
std::string resume_command(const RunOptions& o, const std::string& output,
                           const std::string& checkpoint) {
  std::vector<std::string> args = {"attachsim", "run", o.experiment, "-o", output};
  if (o.seed) args.insert(args.end(), {"--seed", std::to_string(*o.seed)});
  for (const std::string& assignment : o.overrides)
    args.insert(args.end(), {"--set", assignment});
  args.insert(args.end(), {"--threads", std::to_string(o.threads)});
  if (!o.checkpoint_every.empty())
    args.insert(args.end(), {"--checkpoint-every", o.checkpoint_every});
  if (!o.checkpoint.empty()) args.insert(args.end(), {"--checkpoint", o.checkpoint});
  args.insert(args.end(), {"--resume", checkpoint});
  std::vector<const char*> argv;
  for (const std::string& arg : args)
    argv.push_back(arg.c_str());
  return io::command_line_of(static_cast<int>(argv.size()), argv.data());
}

// `path` made absolute and canonical as far as it exists, for comparing paths; a path the file
// system refuses (a name too long, say) is an error naming the option.
fs::path resolved(const std::string& option, const fs::path& path) {
  std::error_code error;
  fs::path absolute = fs::absolute(path, error);
  if (!error) absolute = fs::weakly_canonical(absolute, error);
  if (error) throw Error(option + " " + path.string() + ": " + error.message());
  return absolute;
}

// Refuses a file to be written in a directory that does not exist, or that is a directory.
void check_writable(const std::string& option, const fs::path& path) {
  const fs::path directory = path.has_parent_path() ? path.parent_path() : ".";
  std::error_code error;
  if (!fs::is_directory(directory, error))
    throw Error(option + " " + path.string() + ": the directory " + directory.string() +
                " does not exist");
  if (fs::is_directory(path, error))
    throw Error(option + " " + path.string() + " is a directory; name a file");
}

// Before anything runs, refuses an output or checkpoint that could not be written, and one that
// would overwrite the experiment file or the other.
void check_paths(const fs::path& experiment, const fs::path& output, const fs::path& checkpoint) {
  fs::path partial = output;
  partial += ".partial";
  check_writable("-o", output);
  check_writable("--checkpoint", checkpoint);
  const fs::path source = resolved("file", experiment);
  const fs::path written[] = {resolved("-o", output), resolved("-o", partial)};
  if (std::ranges::find(written, source) != std::end(written))
    throw Error("-o " + output.string() + " would overwrite the experiment file " +
                experiment.string() + "; name another");
  const fs::path target = resolved("--checkpoint", checkpoint);
  if (target == source)
    throw Error("--checkpoint " + checkpoint.string() + " would overwrite the experiment file " +
                experiment.string() + "; name another");
  if (std::ranges::find(written, target) != std::end(written))
    throw Error("--checkpoint " + checkpoint.string() + " is the output file; name another");
}

// Reopens the interrupted run's output (OUTPUT.partial), after checking that it belongs to the
// checkpoint's experiment.
io::OutputFile reopen_output(const fs::path& output, const Checkpoint& from,
                             sim::Communicator& comm) {
  fs::path partial = output;
  partial += ".partial";
  if (!fs::exists(partial)) {
    throw Error("cannot resume into " + output.string() + ": " + partial.string() +
                " does not exist" +
                (fs::exists(output) ? " (" + output.string() + " is a complete run)"
                                    : " (-o must name the interrupted run's output)"));
  }
  const std::string difference =
      first_difference(io::FileReader(partial).attribute("config"), from.config, partial.string(),
                       from.path.string());
  if (!difference.empty())
    throw Error("cannot resume into " + partial.string() + ": it was written for another " +
                "experiment than " + from.path.string() + "; " + difference);
  return io::OutputFile::resume(partial, comm);
}

// Where the run stands, for a checkpoint: the engine's clock and counts, the output's rows.
RunState run_state(const sim::RunStats& stats, const ModelOutput& writer, sim::LpId lps) {
  return {.now = stats.now,
          .next_sample = writer.next_observation_time(),
          .last_sample = writer.last_sample(),
          .panel_rows = writer.panel_rows(),
          .series_rows = writer.series_rows(),
          .committed_events = stats.committed_events,
          .windows = stats.windows,
          .wall_seconds = stats.wall_seconds,
          .lps = lps};
}

// Runs the experiment; returns the message to exit with when a signal interrupted it (the output
// is closed, .partial, by then), nothing when it completed.
std::optional<std::string> run(const RunOptions& o, sim::Communicator& comm,
                               const std::string& command_line) {
  model::ModelParams p = load_with_overrides(o.experiment, o.overrides);
  if (o.seed) p.run.seed = *o.seed;
  const std::string config_toml = io::to_toml(p, experiments::experiment_table());
  const std::string output = o.output.empty() ? default_output(o.experiment) : o.output;
  const std::string checkpoint_path = o.checkpoint.empty() ? output + ".ckpt" : o.checkpoint;
  check_paths(o.experiment, output, checkpoint_path);
  const sim::Tick every =
      o.checkpoint_every.empty()
          ? sim::kNever
          : std::max<sim::Tick>(1, model::days_to_ticks(*parse_days(o.checkpoint_every)));

  model::AttachmentModel model(
      p, sim::block_of(static_cast<sim::LpId>(p.population.communities), comm.rank(), comm.size()));
  sim::SchedulerConfig config = model.scheduler_config(o.threads);
  config.comm = &comm;
  config.stop = &stop_requested;
  ModelScheduler scheduler(model, config);

  std::optional<Checkpoint> from;
  if (!o.resume.empty()) {
    from = read_checkpoint(o.resume);
    check_resumable(*from, config_toml, config.num_lps);
  }
  io::OutputFile file =
      from ? reopen_output(output, *from, comm)
           : io::OutputFile::create(
                 output, io::make_provenance(p.run.seed, config_toml, command_line, comm), comm);
  ModelOutput writer(model, file, comm);
  if (from) {
    const RunState& s = from->state;
    writer.resume(s.panel_rows, s.series_rows, s.next_sample, s.last_sample);
    restore(*from, scheduler, model);
  }
  scheduler.add_observer(writer);

  const auto save = [&](const sim::RunStats& stats) {
    const auto started = std::chrono::steady_clock::now();
    file.flush();  // the output on disk holds every row the checkpoint counts
    const std::uint64_t state_bytes = write_checkpoint(
        checkpoint_path, io::make_provenance(p.run.seed, config_toml, command_line, comm),
        run_state(stats, writer, config.num_lps), scheduler, model, comm);
    std::error_code unknown;
    spdlog::info("checkpoint at day {:.1f}: {} ({:.1f} MB of state, {:.1f} MB on disk, {:.2f} s)",
                 model::ticks_to_days(stats.now), checkpoint_path,
                 static_cast<double>(state_bytes) / 1e6,
                 static_cast<double>(fs::file_size(checkpoint_path, unknown)) / 1e6,
                 std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count());
  };

  std::signal(SIGINT, request_stop);
  std::signal(SIGTERM, request_stop);
  const sim::Tick start = from ? from->state.now : 0;
  const sim::Tick end = config.end_time + 1;
  io::ProgressReporter progress({.ticks_per_day = static_cast<double>(model::kTicksPerDay),
                                 .start_time = start,
                                 .start_events = from ? from->state.committed_events : 0,
                                 .end_time = end,
                                 .quiet = o.quiet || comm.rank() != 0});
  spdlog::info("{} {} ({} communities, {} days, seed {}) on {} thread(s) x {} rank(s) -> {}",
               from ? "resuming" : "running", o.experiment, p.population.communities,
               p.run.end_days, p.run.seed, o.threads, comm.size(), output);
  if (from) spdlog::info("from {} at day {:.1f}", o.resume, model::ticks_to_days(start));
  from.reset();

  const sim::Tick step = model::days_to_ticks(kProgressStepDays);
  sim::Tick next_progress = start + step;
  sim::Tick next_checkpoint = every == sim::kNever ? sim::kNever : (start / every + 1) * every;
  sim::RunStats stats;
  for (;;) {
    stats = scheduler.run_until(std::min({next_progress, next_checkpoint, end}));
    progress.update(stats.now, stats.committed_events);
    if (stats.stopped || stats.now >= end) break;
    if (stats.now >= next_progress) next_progress += step;
    if (stats.now >= next_checkpoint) {
      save(stats);
      next_checkpoint += every;
    }
  }
  progress.finish(stats.now, stats.committed_events);
  if (stats.stopped) {
    save(stats);
    return fmt::format("interrupted at day {:.1f}; checkpoint written to {}; resume with: {}",
                       model::ticks_to_days(stats.now), checkpoint_path,
                       resume_command(o, output, checkpoint_path));
  }
  file.commit();
  // The run is complete: its checkpoint has nothing left to resume.
  if (comm.rank() == 0) {
    std::error_code ignored;
    fs::remove(checkpoint_path, ignored);
  }
  spdlog::info("{} events in {:.1f} s ({:.2f} M events/s); wrote {} ({} assessments)",
               stats.committed_events, stats.wall_seconds, stats.events_per_second() / 1e6, output,
               writer.panel_rows());
  return std::nullopt;
}

// Checks --checkpoint-every values for CLI11 (an error here is a usage error, exit code 2).
CLI::Validator duration_check() {
  return CLI::Validator(
      [](const std::string& text) -> std::string {
        if (parse_days(text)) return {};
        return "expected a span of simulated time such as 365d, 2y, 12h or 100 (days), greater "
               "than 0 and at most a million years; got '" +
               text + "'";
      },
      "DURATION");
}

}  // namespace

void add_run_command(CLI::App& cli, sim::Communicator& comm, const std::string& command_line) {
  auto o = std::make_shared<RunOptions>();
  CLI::App* cmd = cli.add_subcommand("run", "Run an experiment file and write its HDF5 output");
  cmd->add_option("file", o->experiment, "Experiment file (TOML)")->required();
  cmd->add_option("-o,--output", o->output, "Output file (default: the experiment's name .h5)");
  cmd->add_option("--threads", o->threads, "Worker threads per rank")
      ->capture_default_str()
      ->check(CLI::Range(1, 4096));
  cmd->add_option("--seed", o->seed, "Run seed (overrides run.seed), 0 to 2^63 - 1")
      ->check(CLI::Range(std::uint64_t{0}, kLargestSeed));
  cmd->add_option("--set", o->overrides, "Override a parameter: section.key=value (repeatable)");
  cmd->add_option("--checkpoint-every", o->checkpoint_every,
                  "Write a checkpoint every so much simulated time: 365d, 2y, 12h, or days")
      ->check(duration_check());
  cmd->add_option("--checkpoint", o->checkpoint,
                  "Checkpoint file (default: the output's name + .ckpt); removed when the run "
                  "completes");
  cmd->add_option("--resume", o->resume,
                  "Go on from this checkpoint (same experiment, --set and --seed; any --threads "
                  "and rank count), appending to the output's .partial file");
  cmd->footer(
      "SIGINT or SIGTERM (Ctrl-C, Slurm's time limit) stops the run at the next barrier, writes\n"
      "a checkpoint and prints the command that resumes it; a second signal ends it at once.\n\n"
      "Exit codes: " +
      std::to_string(kExitSuccess) + " success, " + std::to_string(kExitError) +
      " error (bad input, failed run), " + std::to_string(kExitUsage) + " bad command line,\n" +
      "  " + std::to_string(kExitInterrupted) +
      " interrupted by a signal with a checkpoint written (resume it with --resume).\n\n"
      "Examples:\n"
      "  attachsim run experiments/baseline.toml -o baseline.h5 --threads 2\n"
      "  attachsim run experiments/high-risk.toml --set population.communities=20 --seed 7\n"
      "  mpirun -np 4 attachsim run experiments/lifecourse.toml -o lifecourse.h5\n"
      "  attachsim run experiments/lifecourse.toml -o lc.h5 --checkpoint-every 2y\n"
      "  attachsim run experiments/lifecourse.toml -o lc.h5 --checkpoint-every 2y --resume "
      "lc.h5.ckpt");
  cmd->callback([o, &comm, &command_line, &cli] {
    o->quiet = cli.get_option("--quiet")->as<bool>();
    if (const auto interrupted = run(*o, comm, command_line)) throw Interrupted(*interrupted);
  });
}

}  // namespace attachsim::app
