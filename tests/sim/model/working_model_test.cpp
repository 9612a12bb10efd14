#include "sim/model/working_model.hpp"

#include <gtest/gtest.h>

#include "sim/model/population.hpp"
#include "sim/model/time_units.hpp"

namespace attachsim::model {
namespace {

graph::TieModel fresh(float trust = 0.5f) {
  Generalized g;
  g.trust = trust;
  return prior_from(g, 0, LearningParams{});
}

// With recency 0.97 the Beta counts converge to about 1/(1-0.97) = 33 observations; after 200
// warmly answered calm signals the expected availability is (33 + 0.97^200) / (33 + 2 * 0.97^200)
// ~ 0.99, and comfort has moved from 0.5 to 0.9 - 0.4 * 0.95^200 ~ 0.9.
TEST(WorkingModel, AnsweredSignalsRaiseExpectedAvailability) {
  graph::TieModel m = fresh();
  for (int i = 0; i < 200; ++i) {
    observe_response(m, {false, true, 1.0f}, {0.9f, false, 30.0f, 1.0f}, i, LearningParams{});
  }
  EXPECT_GT(dimensions(m).availability, 0.97f);
  EXPECT_NEAR(m.comfort, 0.9f, 0.01f);
  EXPECT_LT(dimensions(m).avoidance, 0.01f);
  EXPECT_NEAR(m.calm_yes + m.calm_no, 1.0 / (1.0 - 0.97), 0.5);
}

// Recency: after 200 answered signals, 30 unanswered ones pull availability down to about
// 0.97^30 = 0.40 of its weight: the old evidence does not hold the model in place forever.
TEST(WorkingModel, RecentEvidenceOutweighsOldEvidence) {
  graph::TieModel m = fresh();
  for (int i = 0; i < 200; ++i)
    observe_signal(m, {false, true, 1.0f}, i, LearningParams{});
  for (int i = 0; i < 30; ++i)
    observe_signal(m, {false, false, 1.0f}, 200 + i, LearningParams{});
  EXPECT_NEAR(dimensions(m).availability, 0.40f, 0.03f);
}

// Forgetting widens the posterior without moving its mean: two half-lives later the evidence
// weighs a quarter as much, and the expected availability is exactly where it was.
TEST(WorkingModel, ForgettingWidensWithoutMovingTheMean) {
  LearningParams p;
  graph::TieModel m = fresh();
  for (int i = 0; i < 50; ++i)
    observe_signal(m, {false, i % 5 != 0, 1.0f}, 0, p);
  const float mean = m.availability(), weight = m.confidence();
  forget_until(m, days_to_ticks(2 * p.forgetting_half_life_days), p);
  EXPECT_FLOAT_EQ(m.availability(), mean);
  EXPECT_NEAR(m.confidence(), weight / 4.0f, 1e-3f);
}

// Escalation that is answered when calm signals are not is what anxiety is made of; the same
// counts with equal answer rates give no anxiety from reward.
TEST(WorkingModel, RewardedEscalationGivesAnxiety) {
  graph::TieModel rewarded = fresh(), even = fresh();
  for (int i = 0; i < 100; ++i) {
    observe_signal(rewarded, {false, i % 10 < 2, 1.0f}, 0, LearningParams{});  // calm: 20% answered
    observe_signal(rewarded, {true, i % 10 < 9, 1.0f}, 0, LearningParams{});   // escalated: 90%
    observe_signal(even, {false, i % 10 < 9, 1.0f}, 0, LearningParams{});
    observe_signal(even, {true, i % 10 < 9, 1.0f}, 0, LearningParams{});
  }
  EXPECT_GT(escalation_reward(rewarded), 0.4f);
  EXPECT_GT(dimensions(rewarded).anxiety, 0.9f);
  EXPECT_FLOAT_EQ(escalation_reward(even), 0.0f);
  EXPECT_LT(dimensions(even).anxiety, 0.05f);
}

// Frightening responses raise fear toward 1 at fear_rate per fright; safe ones let it fall back.
TEST(WorkingModel, FrighteningResponsesRaiseFear) {
  LearningParams p;
  graph::TieModel m = fresh();
  for (int i = 0; i < 20; ++i)
    observe_response(m, {false, true, 1.0f}, {0.0f, true, 30.0f, 1.0f}, 0, p);
  // 1 - (1 - 0.12)^20 = 0.92
  EXPECT_NEAR(dimensions(m).fear, 0.92f, 0.01f);
  const float frightened = m.fear;
  for (int i = 0; i < 20; ++i)
    observe_response(m, {false, true, 1.0f}, {0.8f, false, 30.0f, 1.0f}, 0, p);
  EXPECT_LT(m.fear, frightened);
}

// A new tie's prior is the holder's generalized model: a distrustful child expects little of a
// new figure, a trusting child much, before either has met them.
TEST(WorkingModel, NewTieStartsFromTheGeneralizedModel) {
  Person trusting, distrustful;
  trusting.model.trust = 0.9f;
  trusting.model.worth = 0.8f;
  distrustful.model.trust = 0.1f;
  distrustful.model.fear = 0.4f;
  const graph::Tie a =
      new_tie(trusting, 7, graph::TieType::teacher, 0.5, 0.9f, 6000, LearningParams{});
  const graph::Tie b =
      new_tie(distrustful, 7, graph::TieType::teacher, 0.5, 0.9f, 6000, LearningParams{});
  EXPECT_FLOAT_EQ(a.model.availability(), 0.9f);
  EXPECT_FLOAT_EQ(a.model.comfort, 0.8f);
  EXPECT_FLOAT_EQ(b.model.availability(), 0.1f);
  EXPECT_FLOAT_EQ(b.model.fear, 0.4f);
  EXPECT_EQ(static_cast<sim::Tick>(a.start), 6000);
  EXPECT_GT(dimensions(a.model).security, dimensions(b.model).security);
}

// The generalized model is the hierarchy-weighted mean of the ties' dimensions.
TEST(WorkingModel, GeneralizationWeighsTiesByHierarchy) {
  graph::SocialGraph g;
  const PersonIndex child = g.add_person(), mother = g.add_person(), grandma = g.add_person();
  graph::Tie to_mother{.figure = mother, .hierarchy = 3.0f};
  to_mother.model = fresh(0.9f);
  graph::Tie to_grandma{.figure = grandma, .hierarchy = 1.0f};
  to_grandma.model = fresh(0.1f);
  g.add_tie(child, to_mother);
  g.add_tie(child, to_grandma);
  const Blend blend = generalize(g, child, TieWeights(5.0, 0, AdolescenceParams{}), Generalized{});
  EXPECT_NEAR(blend.model.trust, (3.0f * 0.9f + 1.0f * 0.1f) / 4.0f, 1e-6f);
  EXPECT_FLOAT_EQ(blend.weight, 4.0f);
}

// Shifting a blend by one tie's change gives what blending all the ties afresh gives: here the
// mother's model (weight 3 of 4.5) learns from five unanswered signals and a cold response, and
// trust falls by about 0.1, yet the shifted and fresh blends agree to rounding (1e-6).
TEST(WorkingModel, ShiftingABlendMatchesBlendingAfresh) {
  graph::SocialGraph g;
  const PersonIndex child = g.add_person();
  const float hierarchy[] = {3.0f, 1.0f, 0.5f};
  const float trust[] = {0.9f, 0.4f, 0.7f};
  for (int k = 0; k < 3; ++k) {
    graph::Tie tie{.figure = g.add_person(), .hierarchy = hierarchy[k]};
    tie.model = fresh(trust[k]);
    g.add_tie(child, tie);
  }
  const TieWeights weights(5.0, 0, AdolescenceParams{});
  Blend blend = generalize(g, child, weights, Generalized{});
  graph::Tie& mother = g.ties(child)[0];
  const Generalized before = blend_terms(mother.model);
  const LearningParams learning;
  for (int k = 0; k < 5; ++k)
    observe_signal(mother.model, {false, false, 1.0f}, 0, learning);
  observe_response(mother.model, {true, true, 1.0f}, {0.1f, false, 600.0f, 1.0f}, 0, learning);
  shift_blend(blend.model, blend.weight, weights(mother), before, blend_terms(mother.model));
  const Blend fresh_blend = generalize(g, child, weights, Generalized{});
  EXPECT_LT(fresh_blend.model.trust, (3.0f * 0.9f + 0.4f + 0.5f * 0.7f) / 4.5f - 0.05f);
  EXPECT_NEAR(blend.model.trust, fresh_blend.model.trust, 1e-6f);
  EXPECT_NEAR(blend.model.worth, fresh_blend.model.worth, 1e-6f);
  EXPECT_NEAR(blend.model.anxiety, fresh_blend.model.anxiety, 1e-6f);
  EXPECT_NEAR(blend.model.avoidance, fresh_blend.model.avoidance, 1e-6f);
  EXPECT_NEAR(blend.model.fear, fresh_blend.model.fear, 1e-6f);
  EXPECT_NEAR(blend.model.security, fresh_blend.model.security, 1e-6f);
}

}  // namespace
}  // namespace attachsim::model
