// Checkpoints of an attachment-model run: where the run stands and the state of every LP (engine
// and model), in one HDF5 file written under a temporary name and renamed when complete (layout:
// docs/output.md, "Checkpoint and resume").
//
//   write_checkpoint(path, provenance, state, scheduler, model, comm);   // collective
//   Checkpoint c = read_checkpoint(path);                                // every rank
//   check_resumable(c, config, scheduler.config().num_lps);
//   restore(c, scheduler, model);                  // collective: each rank reads its own LPs
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "io/output/output_file.hpp"
#include "io/output/provenance.hpp"
#include "sim/engine/scheduler.hpp"
#include "sim/model/attachment_model.hpp"

namespace attachsim::app {

/// The engine running the attachment model.
using ModelScheduler = sim::Scheduler<model::AttachmentModel>;

/// The checkpoint's root attributes `format` and `format_version`; the version is raised whenever
/// the layout changes incompatibly.
inline constexpr io::FileFormat kCheckpointFormat{"attachsim-checkpoint", 2};

/// Where a run stands at a checkpoint, besides its LPs' state: the one row of /run_state.
struct RunState {
  std::int64_t now = 0;                ///< every event before this tick has committed
  std::int64_t next_sample = 0;        ///< the output's next observation (tick)
  std::int64_t last_sample = -1;       ///< the output's last time-series row (tick; -1: none)
  std::uint64_t panel_rows = 0;        ///< rows of /panel written
  std::uint64_t series_rows = 0;       ///< rows of /timeseries written
  std::uint64_t committed_events = 0;  ///< events handled, over all LPs
  std::uint64_t windows = 0;           ///< synchronization windows run
  double wall_seconds = 0.0;           ///< wall time spent in the engine so far (rank 0's)
  std::uint64_t lps = 0;               ///< LPs (communities) in the run
};

/// A checkpoint's header: what wrote it, for which experiment, and where the run stood.
struct Checkpoint {
  std::filesystem::path path{};           ///< the file
  std::string version{};                  ///< attachsim version that wrote it
  std::string git_revision{};             ///< its source revision
  std::string config{};                   ///< the resolved experiment (TOML)
  RunState state{};                       ///< where the run stood
  std::vector<std::uint64_t> lp_sizes{};  ///< bytes of each LP's saved state, in LP order
};

/// Writes a checkpoint of the run at a barrier to `path` (through `path`.partial, renamed when
/// complete, so an interruption never destroys the previous checkpoint): provenance, `state`
/// and the state of every LP, each rank writing its own. Settles the scheduler's mail first.
/// Returns the bytes of saved state over all ranks (before compression). Collective. Throws
/// io::OutputError or io::h5::H5Error when the file cannot be written.
std::uint64_t write_checkpoint(const std::filesystem::path& path, const io::Provenance& provenance,
                               const RunState& state, ModelScheduler& scheduler,
                               const model::AttachmentModel& model, sim::Communicator& comm);

/// Reads the header of checkpoint `path`. Throws sim::CheckpointError when it is not an attachsim
/// checkpoint of this format version or its tables do not fit together, io::OutputError when it
/// is missing or not HDF5 (or lacks a table).
Checkpoint read_checkpoint(const std::filesystem::path& path);

/// Throws sim::CheckpointError unless checkpoint `c` was written by this attachsim version for
/// this experiment (`config`, the resolved TOML; the message names the first line that differs)
/// with `lps` LPs. Warns when it comes from another git revision of the same version.
void check_resumable(const Checkpoint& c, const std::string& config, std::uint64_t lps);

/// Reads the state of this rank's LPs from checkpoint `c` (whatever the rank count that wrote it),
/// loads it into the scheduler and the model, and resumes the scheduler where the checkpoint left
/// off. Collective. Throws sim::CheckpointError when the state is malformed or too few LPs.
void restore(const Checkpoint& c, ModelScheduler& scheduler, model::AttachmentModel& model);

/// The first line that differs between two texts, for messages: "line 12: 'a = 1' here, 'a = 2'
/// there" with `here` and `there` naming the texts, and the [section] it is in; "" when equal.
std::string first_difference(const std::string& a, const std::string& b, const std::string& here,
                             const std::string& there);

}  // namespace attachsim::app
