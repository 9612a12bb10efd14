// How experience becomes expectation: updating a tie model after a signal, and deriving the
// working-model dimensions of a tie and their hierarchy-weighted generalization.
//
//   observe_signal(tie.model, {.escalated = false, .answered = true, .weight = 1}, now, p);
//   TieDimensions d = dimensions(tie.model);
#pragma once

#include <array>

#include "graph/social_graph.hpp"
#include "sim/model/params.hpp"
#include "sim/model/person.hpp"

namespace attachsim::model {

/// What happened to one signal.
struct SignalOutcome {
  bool escalated = false;  ///< the signal followed an escalation
  bool answered = false;   ///< the figure came before patience ran out
  float weight = 1.0f;     ///< evidence weight (stress makes experiences weigh more)
};

/// What a response was like.
struct ResponseOutcome {
  float comfort = 0.0f;     ///< comfort quality, [0, 1]
  bool frightened = false;  ///< the figure frightened the child
  float latency_s = 0.0f;   ///< seconds from signal to response
  float weight = 1.0f;      ///< evidence weight
};

/// The working-model dimensions a tie model implies.
struct TieDimensions {
  float availability = 0.5f;  ///< expected chance a calm signal is answered
  float anxiety = 0.0f;       ///< hyperactivation the tie drives, [0, 1]
  float avoidance = 0.0f;     ///< deactivation the tie drives, [0, 1]
  float fear = 0.0f;          ///< fear of the figure, [0, 1]
  float security = 0.5f;      ///< composite security, [0, 1]
};

/// Lets evidence unused since model.updated fade (half-life from params): Beta counts shrink
/// together, so the posterior widens while its mean stays where it was.
void forget_until(graph::TieModel& model, sim::Tick now, const LearningParams& p);

/// Adds one signal's outcome with recency weighting (and refreshes the kept dimensions).
void observe_signal(graph::TieModel& model, const SignalOutcome& outcome, sim::Tick now,
                    const LearningParams& p);

/// Adds an answered signal and what the response was like: comfort, fright and latency
/// expectations move toward it (and refreshes the kept dimensions).
void observe_response(graph::TieModel& model, const SignalOutcome& signal,
                      const ResponseOutcome& response, sim::Tick now, const LearningParams& p);

/// A new tie's model: the holder's generalized model is its prior (DESIGN §1).
graph::TieModel prior_from(const Generalized& general, sim::Tick now, const LearningParams& p);

/// Recomputes the anxiety and avoidance that `model` keeps from its counts and expectations; every
/// change to them must be followed by this (the updates above do it).
void refresh_dimensions(graph::TieModel& model);

/// The dimensions a tie model implies: availability and fear from its counts and expectations,
/// anxiety and avoidance as kept, and their composite security.
TieDimensions dimensions(const graph::TieModel& model);

/// How much more often escalated signals are answered than calm ones, counted only beyond half a
/// standard error of the difference (a child learns that escalating works from repeated
/// experience, not from a lucky escalation).
float escalation_reward(const graph::TieModel& model);

/// The composite security of anxiety, avoidance, fear and availability.
float security_of(float availability, float anxiety, float avoidance, float fear);

/// The weights of one holder's ties in its attachment hierarchy at one moment: each tie's base
/// weight, shifted with the holder's age (in adolescence parents fall and friends rise,
/// AdolescenceParams), and fading after the tie has ended (half-life ended_tie_half_life_days):
/// a model outlives its tie. What depends on the age is worked out once, not per tie.
class TieWeights {
 public:
  /// The weights for a holder aged `holder_age_years` at time `now`.
  TieWeights(double holder_age_years, sim::Tick now, const AdolescenceParams& p);
  /// The weight of one of the holder's ties, >= 0.
  float operator()(const graph::Tie& tie) const;

 private:
  sim::Tick now_;
  graph::MinuteTime now_minute_;  // the minute of now_: whether a tie has ended, in minutes
  std::array<float, graph::kTieTypes> by_type_;  // age factor of each tie type
  float fade_per_day_;                           // -1 / half-life of an ended tie, in days
};

/// What one tie model adds to the generalized model before weighting: its availability as trust,
/// its expected comfort as worth, and its anxiety, avoidance, fear and security.
Generalized blend_terms(const graph::TieModel& model);

/// A generalized model with the total hierarchy weight of the ties it blends.
struct Blend {
  Generalized model;    ///< the weighted mean of the ties' terms
  float weight = 0.0f;  ///< the total weight (0: no tie had weight, `model` is the fallback)
};

/// The holder's generalized model: the `weight`-weighted blend of the terms of every tie, with
/// its total weight; `fallback` with weight 0 when no tie has weight.
Blend generalize(const graph::SocialGraph& graph, PersonIndex holder, const TieWeights& weight,
                 const Generalized& fallback);

/// Moves `blend` (total weight `total` > 0) for a change of one of its ties, of weight `weight`,
/// whose terms went from `before` to `after`: what blending all the ties afresh gives, up to
/// rounding.
void shift_blend(Generalized& blend, float total, float weight, const Generalized& before,
                 const Generalized& after);

}  // namespace attachsim::model
