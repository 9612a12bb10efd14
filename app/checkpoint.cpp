#include "app/checkpoint.hpp"

#include <numeric>
#include <span>
#include <sstream>
#include <type_traits>

#include <spdlog/spdlog.h>

#include "io/output/file_reader.hpp"
#include "io/output/record_table.hpp"
#include "io/version.hpp"

namespace attachsim::app {
namespace {

constexpr const char* kRunState = "/run_state";
constexpr const char* kLpSizes = "/lps/state_bytes";
constexpr const char* kLpBytes = "/state/bytes";

// Calls visit(name, member, unit, description) for each column of /run_state: the one list that
// both writing and reading follow.
template <class Visit>
void for_each_run_state_column(Visit&& visit) {
  visit("now", &RunState::now, "s", "every event before this time has committed");
  visit("next_sample", &RunState::next_sample, "s", "time of the output's next observation");
  visit("last_sample", &RunState::last_sample, "s", "time of the last /timeseries row (-1: none)");
  visit("panel_rows", &RunState::panel_rows, "rows", "rows of /panel written");
  visit("series_rows", &RunState::series_rows, "rows", "rows of /timeseries written");
  visit("committed_events", &RunState::committed_events, "events", "events handled so far");
  visit("windows", &RunState::windows, "windows", "synchronization windows run so far");
  visit("wall_seconds", &RunState::wall_seconds, "s", "wall time spent running so far");
  visit("lps", &RunState::lps, "LPs", "logical processes (communities) in the run");
}

io::RecordColumns<RunState> run_state_columns() {
  io::RecordColumns<RunState> columns;
  for_each_run_state_column(
      [&](const char* name, auto member, const char* unit, const char* description) {
        columns.emplace_back(name, member, unit, description);
      });
  return columns;
}

// The bytes of every owned LP's state (engine, then model), and the size of each.
struct SavedLps {
  sim::ByteWriter bytes;
  std::vector<std::uint64_t> sizes;
};

SavedLps save_lps(ModelScheduler& scheduler, const model::AttachmentModel& model) {
  scheduler.settle();
  SavedLps out;
  const sim::LpRange owned = scheduler.owned();
  for (sim::LpId lp = owned.first; lp < owned.last; ++lp) {
    const std::size_t before = out.bytes.size();
    scheduler.save_lp(lp, out.bytes);
    model.save_lp(lp, out.bytes);
    out.sizes.push_back(out.bytes.size() - before);
  }
  return out;
}

template <io::ColumnValue V>
V read_one(const io::FileReader& file, const std::string& dataset) {
  V value{};
  file.read(dataset, 0, std::span(&value, 1));
  return value;
}

}  // namespace

std::uint64_t write_checkpoint(const std::filesystem::path& path, const io::Provenance& provenance,
                               const RunState& state, ModelScheduler& scheduler,
                               const model::AttachmentModel& model, sim::Communicator& comm) {
  const SavedLps lps = save_lps(scheduler, model);
  io::OutputFile file = io::OutputFile::create(path, provenance, comm, kCheckpointFormat);
  io::RecordTable<RunState> run_state(file, kRunState, run_state_columns(), {.chunk_rows = 1});
  run_state.append(std::span(&state, comm.rank() == 0 ? 1 : 0));
  // Ranks own contiguous blocks of LPs and append in rank order, so both tables are in LP order.
  io::RecordTable<std::uint64_t> sizes(
      file, "/lps",
      {{"state_bytes", [](std::uint64_t size) { return size; }, "bytes",
        "size of the LP's saved state (engine, then model) in /state/bytes, in LP order"}},
      {.chunk_rows = 4096});
  sizes.append(lps.sizes);
  // Big chunks and light compression: the state is written once and read once.
  io::RecordTable<std::byte> bytes(
      file, "/state",
      {{"bytes", [](std::byte b) { return static_cast<std::int8_t>(b); }, "",
        "every LP's saved state, concatenated in LP order (opaque; this build's layout)"}},
      {.chunk_rows = std::uint64_t{1} << 20, .deflate_level = 1});
  bytes.append(lps.bytes.bytes());
  file.commit();
  return comm.sum_all(static_cast<std::uint64_t>(lps.bytes.size()));
}

Checkpoint read_checkpoint(const std::filesystem::path& path) {
  const io::FileReader file(path);
  const std::string name = path.string();
  if (!file.has_attribute("format") || file.attribute("format") != kCheckpointFormat.name)
    throw sim::CheckpointError("cannot resume from " + name +
                               ": it is not an attachsim checkpoint");
  const std::string format_version = file.attribute("format_version");
  if (format_version != std::to_string(kCheckpointFormat.version))
    throw sim::CheckpointError(
        "cannot resume from " + name + ": it has checkpoint format version " + format_version +
        ", this attachsim reads version " + std::to_string(kCheckpointFormat.version));
  Checkpoint c{.path = path,
               .version = file.attribute("version"),
               .git_revision = file.attribute("git_revision"),
               .config = file.attribute("config")};
  const auto malformed = [&](const std::string& what) {
    return sim::CheckpointError("cannot resume from " + name + ": it is malformed (" + what + ")");
  };
  if (file.length(std::string(kRunState) + "/now") != 1)
    throw malformed("/run_state is not one row");
  for_each_run_state_column([&](const char* column, auto member, const char*, const char*) {
    using V = std::remove_reference_t<decltype(c.state.*member)>;
    c.state.*member = read_one<V>(file, std::string(kRunState) + "/" + column);
  });
  c.lp_sizes.resize(file.length(kLpSizes));
  file.read(kLpSizes, 0, std::span(c.lp_sizes));
  if (c.lp_sizes.size() != c.state.lps)
    throw malformed(std::to_string(c.lp_sizes.size()) + " LP sizes for " +
                    std::to_string(c.state.lps) + " LPs");
  if (std::accumulate(c.lp_sizes.begin(), c.lp_sizes.end(), std::uint64_t{0}) !=
      file.length(kLpBytes))
    throw malformed("the LP sizes do not add up to the bytes of /state");
  return c;
}

void check_resumable(const Checkpoint& c, const std::string& config, std::uint64_t lps) {
  const std::string name = c.path.string();
  if (c.version != io::version())
    throw sim::CheckpointError("cannot resume from " + name + ": it was written by attachsim " +
                               c.version + ", this is attachsim " + std::string(io::version()) +
                               "; resume with the version that wrote it");
  const std::string difference = first_difference(c.config, config, "the checkpoint", "this run");
  if (!difference.empty())
    throw sim::CheckpointError("cannot resume from " + name +
                               ": it was written for a different experiment (the experiment "
                               "file, --set and --seed must be those of the interrupted run); " +
                               difference);
  if (c.state.lps != lps)
    throw sim::CheckpointError("cannot resume from " + name + ": it holds " +
                               std::to_string(c.state.lps) + " LPs, this run has " +
                               std::to_string(lps));
  if (c.git_revision != io::git_revision())
    spdlog::warn(
        "{} was written by git revision {}, this is {}: resuming, as the version is the same", name,
        c.git_revision, io::git_revision());
}

void restore(const Checkpoint& c, ModelScheduler& scheduler, model::AttachmentModel& model) {
  const sim::LpRange owned = scheduler.owned();
  if (owned.last > c.lp_sizes.size())
    throw sim::CheckpointError("cannot resume from " + c.path.string() + ": it holds " +
                               std::to_string(c.lp_sizes.size()) + " LPs, this run has more");
  const auto sizes = std::span(c.lp_sizes);
  const auto sum = [](std::span<const std::uint64_t> part) {
    return std::accumulate(part.begin(), part.end(), std::uint64_t{0});
  };
  std::vector<std::int8_t> owned_bytes(sum(sizes.subspan(owned.first, owned.count())));
  io::FileReader(c.path).read(kLpBytes, sum(sizes.first(owned.first)), std::span(owned_bytes));
  const std::span<const std::byte> all = std::as_bytes(std::span(owned_bytes));
  std::size_t at = 0;
  for (sim::LpId lp = owned.first; lp < owned.last; ++lp) {
    const std::size_t size = sizes[lp];
    sim::ByteReader in(all.subspan(at, size),
                       "the state of LP " + std::to_string(lp) + " in " + c.path.string());
    scheduler.load_lp(lp, in);
    model.load_lp(lp, in);
    in.expect_end();
    at += size;
  }
  sim::RunStats stats;
  stats.committed_events = c.state.committed_events;
  stats.windows = c.state.windows;
  stats.wall_seconds = c.state.wall_seconds;
  stats.now = c.state.now;
  scheduler.resume_from(stats);
}

std::string first_difference(const std::string& a, const std::string& b, const std::string& here,
                             const std::string& there) {
  std::istringstream in_a(a), in_b(b);
  std::string line_a, line_b, section;
  for (int line = 1;; ++line) {
    const bool more_a = static_cast<bool>(std::getline(in_a, line_a));
    const bool more_b = static_cast<bool>(std::getline(in_b, line_b));
    if (!more_a && !more_b) return "";
    if (!more_a) line_a.clear();
    if (!more_b) line_b.clear();
    if (line_a != line_b) {
      const auto quoted = [](const std::string& text) {
        return text.empty() ? std::string("nothing") : "'" + text + "'";
      };
      return "line " + std::to_string(line) + (section.empty() ? "" : " (in " + section + ")") +
             " is " + quoted(line_a) + " in " + here + " but " + quoted(line_b) + " in " + there;
    }
    if (line_a.starts_with('[')) section = line_a;
  }
}

}  // namespace attachsim::app
