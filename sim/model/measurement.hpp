// The instruments of DESIGN §3 and their measurement model. Category thresholds are fixed
// constants of the instrument (never population quantiles); observed scores are the latent
// ones plus noise set by each dimension's reliability.
//
//   Scores latent = infant_observation_scores(community, child, now);
//   Scores seen = observe(latent, params.measurement, rng);
//   Category c = classify(seen);
#pragma once

#include <array>

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

/// The self-report's category from anxiety and avoidance (fearful, both high, is coded D).
Category classify_self_report(const Scores& s);

/// The infant observation (Strange-Situation-like): the child's strategy with its primary
/// caregiver, from its model of that tie (its generalized model if it has no such tie).
Scores infant_observation_scores(const Community& c, PersonIndex child);

/// The adult interview (AAI-like): state of mind about childhood attachment, from the person's
/// models of its childhood figures (parents and grandparents, ended ties included, at their base
/// weights) and its generalized model of others and self (later relationships can earn security).
Scores interview_scores(const Community& c, PersonIndex person);

/// The self-report (romantic attachment style): anxiety and avoidance from the generalized model
/// and the models of close ties (friends, partner) now.
Scores self_report_scores(const Community& c, PersonIndex person, sim::Tick now);

/// The scores an instrument records: latent plus measurement noise (per dimension reliability),
/// clamped to [0, 1].
Scores observe(const Scores& latent, const std::array<double, 4>& reliability,
               sim::RandomStream& rng);

/// A full panel record of person `i` assessed with `instrument` at time `now`.
AssessmentRecord assess(const Community& c, PersonIndex i, Instrument instrument, sim::Tick now,
                        std::int32_t wave, const MeasurementParams& p, sim::RandomStream& rng);

}  // namespace attachsim::model
