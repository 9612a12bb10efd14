// The attachment model's output: the columns of /panel and /timeseries, and the observer that
// writes them at barriers (a time-series row every sample interval, and the assessments recorded
// since the last row). The model knows nothing of HDF5; this is where the two meet.
//
//   ModelOutput output(model, file, comm);
//   scheduler.add_observer(output);
#pragma once

#include <memory>

#include "io/output/record_table.hpp"
#include "sim/engine/observer.hpp"
#include "sim/model/aggregates.hpp"
#include "sim/model/attachment_model.hpp"

namespace attachsim::app {

/// The columns of /panel: one row per assessment (the arm codes name the interventions).
io::RecordColumns<model::AssessmentRecord> panel_columns(
    const std::vector<model::Intervention>& interventions);

/// The columns of /timeseries: one row per population sample.
io::RecordColumns<model::SeriesRow> series_columns();

/// The columns of both tables as Markdown (the text of docs/columns.md).
std::string columns_markdown();

/// Writes /panel and /timeseries as the run goes; every call is collective under MPI.
class ModelOutput final : public sim::Observer {
 public:
  /// Opens (or, in a resumed file, reopens) both tables in `file`; samples every
  /// observation.sample_interval_days and once more at the end of the run.
  ModelOutput(model::AttachmentModel& model, io::OutputFile& file, sim::Communicator& comm);

  sim::Tick next_observation_time() const override { return next_; }
  /// Appends a time-series row for `time` and the assessments recorded since the last call.
  void observe(sim::Tick time) override;

  /// Rows written to /panel so far (over all ranks).
  std::uint64_t panel_rows() const { return panel_.rows(); }
  /// Rows written to /timeseries so far.
  std::uint64_t series_rows() const { return series_.rows(); }
  /// Time of the last time-series row (-1: none yet).
  sim::Tick last_sample() const { return last_sample_; }
  /// Continues a resumed run: the tables keep the given rows, the next sample is at `next` and
  /// the last one was at `last_sample` (as next_observation_time() and last_sample() said when
  /// the run was saved). Throws io::OutputError when a table has fewer rows.
  void resume(std::uint64_t panel_rows, std::uint64_t series_rows, sim::Tick next,
              sim::Tick last_sample);

 private:
  model::AttachmentModel& model_;
  sim::Communicator& comm_;
  io::RecordTable<model::AssessmentRecord> panel_;
  io::RecordTable<model::SeriesRow> series_;
  sim::Tick interval_;
  sim::Tick end_;  // one tick after the end time: the last observation
  sim::Tick next_;
  sim::Tick last_sample_ = -1;  // time of the last time-series row
};

}  // namespace attachsim::app
