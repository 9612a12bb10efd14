// Small runs of the attachment model in designed circumstances, for mechanism tests: one
// community of single-caregiver families whose children are all born on day 0, a hook that
// reshapes the community once the children are born, then the run to its end.
#pragma once

#include <functional>
#include <vector>

#include "sim/model/attachment_model.hpp"
#include "sim/model/time_units.hpp"

namespace attachsim::model::testing {

/// A caregiver who always answers at once, warmly, never frightening.
inline Caregiving ideal_care() {
  Caregiving c;
  c.sensitivity = 1.0f;
  c.log_latency = 2.0f;  // e^2 = 7 seconds
  c.warmth = 1.0f;
  c.consistency = 1.0f;
  c.frightening = 0.0f;
  c.load = 0.0f;
  return c;
}

/// Parameters of a designed run: `families` mothers, each with `children` children born on day
/// 0, no fathers or grandparents, no childcare, no life events, mothers always present and
/// steadily available, one year.
inline ModelParams scenario_params(int families, int children) {
  ModelParams p;
  p.population.communities = 1;
  p.population.families_per_community = families;
  p.population.father_probability = 0.0;
  p.population.grandparent_probability = 0.0;
  p.population.children_weights.assign(static_cast<std::size_t>(children), 0.0);
  p.population.children_weights.back() = 1.0;
  p.population.birth_window_days = 0.5;
  p.population.min_birth_spacing_days = 0.0;
  p.risk.high_risk_share = 0.0;
  p.childcare.probability = 0.0;
  p.life_events.parent_loss_rate_per_year = 0.0;
  p.life_events.separation_rate_per_year = 0.0;
  p.life_events.relocation_rate_per_year = 0.0;
  p.care.mother_presence = 1.0;
  p.care.availability_month_amplitude = 0.0;
  p.care.availability_week_amplitude = 0.0;
  p.observation.assessment_ages_days = {364.0};
  p.run.end_days = 366.0;
  p.run.seed = 7;
  return p;
}

/// The outcome of a designed run.
struct ScenarioResult {
  Community community;                  ///< the community at the end
  std::vector<AssessmentRecord> panel;  ///< every assessment

  /// The child's (person `i`'s) model of its primary caregiver.
  const graph::TieModel& primary_model(PersonIndex i) const {
    return community.graph.find_tie(i, community.people[i].primary)->model;
  }
  /// Indices of the children.
  std::vector<PersonIndex> children() const {
    std::vector<PersonIndex> out;
    for (PersonIndex i = 0; i < community.people.size(); ++i) {
      if (community.people[i].role == Role::child) out.push_back(i);
    }
    return out;
  }
  /// Share of assessments in category c.
  double share(Category c) const {
    double n = 0;
    for (const auto& r : panel)
      n += r.category == static_cast<std::int8_t>(c);
    return n / static_cast<double>(panel.size());
  }
};

/// A change to the community at a set day of a designed run.
struct Reshape {
  double day;                              ///< when (the community as it is at that barrier)
  std::function<void(Community&)> change;  ///< what
};

/// Runs `p`, applying each reshape at its day (in order), then to the end.
inline ScenarioResult run_scenario(const ModelParams& p, const std::vector<Reshape>& reshapes) {
  AttachmentModel model(p, {0, static_cast<sim::LpId>(p.population.communities)});
  sim::Scheduler<AttachmentModel> s(model, model.scheduler_config(2));
  for (const Reshape& r : reshapes) {
    s.run_until(days_to_ticks(r.day));
    r.change(model.community(0));
    // A reshape may change ties behind open_tie's back: every blend is to be derived afresh.
    for (Person& person : model.community(0).people)
      person.blend_weight = 0.0f;
  }
  s.run();
  std::vector<AssessmentRecord> panel = model.take_panel();
  return ScenarioResult{std::move(model.community(0)), std::move(panel)};
}

/// Runs `p`, calling `reshape` on the community on day 1 (after the births, before any
/// learning), then to the end.
inline ScenarioResult run_scenario(const ModelParams& p,
                                   const std::function<void(Community&)>& reshape) {
  return run_scenario(p, std::vector<Reshape>{{1.0, reshape}});
}

/// Gives every mother the caregiving `care`.
inline std::function<void(Community&)> mothers_care(Caregiving care) {
  return [care](Community& c) {
    for (Person& p : c.people) {
      if (p.role == Role::mother) p.care = care;
    }
  };
}

}  // namespace attachsim::model::testing
