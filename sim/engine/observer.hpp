// The interface through which sampling and output watch a run, at barriers they choose.
//
//   class Sampler : public Observer {
//     Tick next_observation_time() const override { return next_; }
//     void observe(Tick t) override { record(t); next_ = t + every_; }
//   };
//   scheduler.add_observer(sampler);
#pragma once

#include "sim/engine/time.hpp"

namespace attachsim::sim {

/// Something that looks at the quiescent model at chosen times. The engine never knows what it
/// records (so it never includes HDF5): it only guarantees when it is called.
class Observer {
 public:
  virtual ~Observer() = default;
  /// The next time this observer wants to look, or kNever; must grow after each observe().
  virtual Tick next_observation_time() const = 0;
  /// Called at a barrier where every event before `time` has committed and none at or after it
  /// has; no LP runs meanwhile, so the observer may read any state of this rank.
  virtual void observe(Tick time) = 0;
};

}  // namespace attachsim::sim
