// The attachment model on the engine: one LP per community; handlers for births, distress
// episodes and assessments. Knows nothing of threads or HDF5.
//
//   AttachmentModel model(params, block_of(n, rank, ranks));
//   sim::Scheduler<AttachmentModel> s(model, model.scheduler_config(threads));
//   s.run();
//   std::vector<AssessmentRecord> rows = model.take_panel();
#pragma once

#include <vector>

#include "sim/engine/communicator.hpp"
#include "sim/engine/scheduler.hpp"
#include "sim/engine/state_codec.hpp"
#include "sim/model/events.hpp"
#include "sim/model/params.hpp"

namespace attachsim::model {

/// The model: parameters and the communities this rank owns.
class AttachmentModel {
 public:
  using Payload = ModelEvent;

  /// Prepares (empty) communities for the LPs in `owned`; they are built in initialize().
  AttachmentModel(const ModelParams& params, sim::LpRange owned);

  /// The engine configuration: one LP per community, run length and lookahead from params.
  sim::SchedulerConfig scheduler_config(int threads) const;

  /// Builds the LP's community and schedules its births.
  void initialize(Context& ctx);
  /// Dispatches one event to its handler.
  void handle(Context& ctx, const sim::Event<ModelEvent>& event);
  /// Starts loading what `next` will touch (its person and their ties) while the event before
  /// it runs: the engine calls it with the LP's next event. A hint only; changes nothing.
  void prefetch(sim::LpId lp, const sim::Event<ModelEvent>& next) const;
  /// Starts loading the persons and ties of LP `lp` before its window runs.
  void warm(sim::LpId lp) const;

  /// The parameters in force.
  const ModelParams& params() const { return params_; }
  /// The LPs (communities) this rank owns.
  sim::LpRange owned() const { return owned_; }
  /// An owned community; lp must be owned.
  const Community& community(sim::LpId lp) const { return communities_[lp - owned_.first]; }
  /// An owned community; lp must be owned.
  Community& community(sim::LpId lp) { return communities_[lp - owned_.first]; }
  /// Every owned community, in LP order.
  const std::vector<Community>& communities() const { return communities_; }

  /// Appends owned community `lp`'s whole state to `out` (a checkpoint; see community_state.hpp).
  void save_lp(sim::LpId lp, sim::ByteWriter& out) const;
  /// Restores owned community `lp` from what save_lp() wrote, in place of initialize(). Throws
  /// sim::CheckpointError when the bytes are malformed or hold another community.
  void load_lp(sim::LpId lp, sim::ByteReader& in);

  /// Moves out the assessments recorded since the last call, in community order (within a
  /// community, in commitment order): the same sequence for any thread count.
  std::vector<AssessmentRecord> take_panel();

 private:
  ModelParams params_;
  sim::LpRange owned_;
  std::vector<Community> communities_;
};

}  // namespace attachsim::model
