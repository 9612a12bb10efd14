// The instruments of DESIGN §3 and their measurement model. Category thresholds are fixed
// constants of the instrument (never population quantiles); observed scores are the latent
// ones plus noise set by each dimension's reliability.
//
//   Scores latent = infant_observation_scores(community, child, now);
//   Scores seen = observe(latent, params.measurement, rng);
//   Category c = classify(seen);
#pragma once

#include "sim/engine/rng.hpp"
#include "sim/model/community.hpp"
#include "sim/model/params.hpp"

namespace attachsim::model {

/// The continuous dimensions an instrument reports.
struct Scores {
  float trust = 0.0f;      ///< expected availability
  float anxiety = 0.0f;    ///< hyperactivation
  float avoidance = 0.0f;  ///< deactivation
  float fear = 0.0f;       ///< fear / disorganization
  float security = 0.0f;   ///< composite, from the other four
};

/// Fear at or above this is disorganized (D), whatever else is seen.
inline constexpr float kDisorganizedFear = 0.3f;
/// Avoidance at or above this (and above anxiety) is avoidant (A).
inline constexpr float kAvoidantThreshold = 0.4f;
/// Anxiety at or above this is resistant (C).
inline constexpr float kResistantThreshold = 0.4f;
/// Spread of a latent dimension across a population, used to turn reliability into noise:
/// noise sd = kNominalSpread * sqrt((1 - reliability) / reliability).
inline constexpr float kNominalSpread = 0.15f;

/// The category the scores fall in: D, else A, else C, else B.
Category classify(const Scores& s);

/// The infant observation (Strange-Situation-like): the child's strategy with its primary
/// caregiver, from its model of that tie. The child must have a primary caregiver tie.
Scores infant_observation_scores(const Community& c, PersonIndex child);

/// The scores an instrument records: latent plus measurement noise, clamped to [0, 1].
Scores observe(const Scores& latent, const MeasurementParams& p, sim::RandomStream& rng);

/// A full panel record of an infant observation of `child` at time `now`.
AssessmentRecord assess_infant(const Community& c, PersonIndex child, sim::Tick now,
                               std::int32_t wave, const MeasurementParams& p,
                               sim::RandomStream& rng);

}  // namespace attachsim::model
