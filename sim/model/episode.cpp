#include "sim/model/episode.hpp"

#include <algorithm>
#include <cmath>

#include "sim/model/blend.hpp"
#include "sim/model/settings.hpp"
#include "sim/model/time_units.hpp"
#include "sim/model/working_model.hpp"

namespace attachsim::model {
namespace {

double age_days(const Step& s, const Person& p) {
  return ticks_to_days(s.ctx.now() - p.birth);
}

// Evidence weighs more when the child is stressed; positive evidence weighs more while the
// person is reflectively reworking its models.
float evidence_weight(const Step& s, const Person& p, bool positive) {
  const float w =
      1.0f + static_cast<float>(s.p.learning.stress_learning_gain) * p.episode.stress_at_onset;
  return positive && s.ctx.now() < p.reworking_until ? w * (1.0f + p.rework_gain) : w;
}

double age_years(const Step& s, const Person& p) {
  return age_days(s, p) / 365.25;
}

// Decays stress and accrues exploration (at a rate rising with felt security) up to now.
void bring_up_to_date(Step& s, Person& p) {
  const sim::Tick now = s.ctx.now();
  const double days = ticks_to_days(now - p.updated);
  p.updated = now;
  if (days <= 0.0) return;
  const double felt_security = static_cast<double>(p.model.security) * (1.0 - p.stress);
  p.exploration += static_cast<float>(days * s.p.learning.exploration_per_day * felt_security);
  p.stress *= std::exp2(static_cast<float>(-days / s.p.learning.stress_half_life_days));
}

// The tie of the figure a distressed person turns to: among the figures at hand in its setting,
// by hierarchy weight now times expected availability. nullptr when no one is at hand.
const graph::Tie* choose_figure(Step& s, PersonIndex child, sim::RandomStream& rng) {
  constexpr int kMost = 16;
  const sim::Tick now = s.ctx.now();
  const Person& ch = s.c.people[child];
  const Moment moment = moment_at(now);
  const graph::MinuteTime minute = now;
  const Setting setting = setting_of(ch, moment);
  const TieWeights weight(age_years(s, ch), now, s.p.adolescence);
  float total = 0.0f;
  const graph::Tie* candidates[kMost];
  float weights[kMost];
  int n = 0;
  for (const graph::Tie& tie : s.c.graph.ties(child)) {
    if (n == kMost || !tie.active_in(minute)) continue;
    const float w = weight(tie);
    if (w <= 0.0f || !at_hand(s, child, tie, setting, moment)) continue;
    candidates[n] = &tie;
    weights[n] = w * tie.model.availability();
    total += weights[n++];
  }
  if (n == 0) return nullptr;
  float pick = static_cast<float>(rng.unit()) * total;
  for (int k = 0; k < n - 1; ++k) {
    if (pick < weights[k]) return candidates[k];
    pick -= weights[k];
  }
  return candidates[n - 1];
}

// Sends the current signal to the episode's figure and schedules what comes first: the figure's
// response, or the end of the child's patience.
void signal(Step& s, PersonIndex child, sim::RandomStream& rng) {
  Person& ch = s.c.people[child];
  const PersonIndex figure = ch.episode.figure;
  const Person& f = s.c.people[figure];
  const graph::Tie& tie = *s.c.graph.find_tie(child, figure, ch.episode.tie_slot);
  const sim::Tick now = s.ctx.now();
  ch.episode.signalled = now;
  const Caregiving care = responder_care(f);

  const EpisodeParams& e = s.p.episode;
  // Exponentials in float: the precision is far below a second, and float is cheaper.
  const double patience_s =
      e.patience_s *
      std::exp(static_cast<float>(e.patience_trust_gain * (tie.model.availability() - 0.5) -
                                  e.patience_anxiety_loss * ch.model.anxiety));
  const float p_answer = answer_probability(care, tie.attunement, current_availability(s, figure),
                                            ch.episode.intensity);
  if (rng.bernoulli(p_answer)) {
    const double z = rng.normal();
    const double wait_s = static_cast<double>(std::max<sim::Tick>(0, f.busy_until - now));
    const double latency_s =
        wait_s + std::exp(static_cast<float>(care.log_latency + s.p.care.latency_jitter * z));
    if (latency_s <= patience_s) {
      s.schedule(now + std::max<sim::Tick>(1, seconds_to_ticks(latency_s)), EventKind::response,
                 child, figure, ch.episode.id);
      return;
    }
  }
  s.schedule(now + std::max<sim::Tick>(1, seconds_to_ticks(patience_s)),
             EventKind::patience_expired, child, figure, ch.episode.id);
}

// Ends the episode: stress, reactivity, and the next onset. (The generalized model moved with
// every update of a tie model during the episode.)
void end_episode(Step& s, PersonIndex child, Ending ending, float comfort, sim::RandomStream& rng) {
  Person& ch = s.c.people[child];
  const LearningParams& l = s.p.learning;
  switch (ending) {
    case Ending::comforted:
      ch.stress -= static_cast<float>(l.stress_relief) * comfort * ch.stress;
      break;
    case Ending::unresolved:
    case Ending::alone:
      ch.stress += static_cast<float>(l.stress_unresolved) * (1.0f - ch.stress);
      break;
    case Ending::suppressed:
      ch.stress += static_cast<float>(l.stress_suppressed) * (1.0f - ch.stress);
      break;
  }
  ch.reactivity += static_cast<float>(l.reactivity_rate) * (ch.stress - ch.reactivity);
  ch.episode.active = false;
  ++s.c.endings[static_cast<std::size_t>(ending)];
  schedule_next_onset(s, child, rng);
}

// Approach (how intensely the person turned to the partner) and resentment (how far the comfort
// fell short of what it wanted) as running averages: an anxious partner shows both.
void track_ambivalence(Step& s, Person& p, const graph::Tie& tie, float comfort) {
  const auto rate = static_cast<float>(s.p.partners.ambivalence_rate);
  const float wanted = std::max<float>(tie.model.comfort, 0.5f + 0.5f * p.model.anxiety);
  p.approach += rate * (p.episode.intensity - p.approach);
  p.resentment += rate * (std::max(0.0f, wanted - comfort) - p.resentment);
}

bool is_current(const Person& ch, std::uint32_t episode) {
  return ch.episode.active && ch.episode.id == episode;
}

}  // namespace

double distress_rate_per_day(const EpisodeParams& p, double age_days, float stress) {
  const double excess = (p.rate_at_birth_per_day - p.rate_floor_per_day) *
                        std::exp2(static_cast<float>(-age_days / (365.25 * p.rate_halving_years)));
  return (p.rate_floor_per_day + excess) * (1.0 + p.stress_rate_gain * stress);
}

void schedule_next_onset(Step& s, PersonIndex i, sim::RandomStream& rng) {
  Person& p = s.c.people[i];
  const double rate = distress_rate_per_day(s.p.episode, age_days(s, p), p.stress);
  const double gap_days = rng.exponential(1.0 / rate);
  s.schedule(s.ctx.now() + std::max<sim::Tick>(1, days_to_ticks(gap_days)),
             EventKind::distress_onset, i);
}

void on_distress_onset(Step& s, PersonIndex child) {
  Person& ch = s.c.people[child];
  bring_up_to_date(s, ch);
  ch.episode.id += 1;
  ch.episode.active = true;
  ch.episode.escalations = 0;
  ch.episode.stress_at_onset = ch.stress;
  sim::RandomStream rng = s.rng(child);
  const graph::Tie* tie = choose_figure(s, child, rng);
  if (tie == nullptr) {
    end_episode(s, child, Ending::alone, 0.0f, rng);
    return;
  }
  // An avoidant child may not signal at all, and so gets no chance to be disconfirmed.
  if (rng.bernoulli(s.p.episode.deactivation * ch.model.avoidance)) {
    end_episode(s, child, Ending::suppressed, 0.0f, rng);
    return;
  }
  ch.episode.figure = tie->figure;
  // A hint, so any truncation is harmless: find_tie checks the figure there.
  ch.episode.tie_slot = static_cast<std::uint16_t>(tie - s.c.graph.ties(child).data());
  ch.episode.intensity =
      std::min(1.0f, static_cast<float>(s.p.episode.signal_intensity +
                                        s.p.episode.anxiety_intensity_gain * ch.model.anxiety));
  signal(s, child, rng);
}

void on_patience_expired(Step& s, PersonIndex child, std::uint32_t episode) {
  Person& ch = s.c.people[child];
  if (!is_current(ch, episode)) return;
  graph::Tie& tie = *s.c.graph.find_tie(child, ch.episode.figure, ch.episode.tie_slot);
  if (learns(s, ch)) {
    const Generalized before = blend_terms(tie.model);
    observe_signal(tie.model, {ch.episode.escalations > 0, false, evidence_weight(s, ch, false)},
                   s.ctx.now(), s.p.learning);
    follow_tie(s, child, tie, before);
  }
  const EpisodeParams& e = s.p.episode;
  const double p_escalate =
      std::clamp(e.escalate_base + e.escalate_anxiety_gain * ch.model.anxiety -
                     e.escalate_avoidance_loss * ch.model.avoidance,
                 0.0, 1.0);
  sim::RandomStream rng = s.rng(child);
  if (ch.episode.escalations < e.max_escalations && rng.bernoulli(p_escalate)) {
    ch.episode.escalations += 1;
    ch.episode.intensity =
        std::min(1.0f, ch.episode.intensity + static_cast<float>(e.escalation_step));
    signal(s, child, rng);
    return;
  }
  if (tie.type == graph::TieType::partner) track_ambivalence(s, ch, tie, 0.0f);
  end_episode(s, child, Ending::unresolved, 0.0f, rng);
}

void on_response(Step& s, PersonIndex child, std::uint32_t episode) {
  Person& ch = s.c.people[child];
  if (!is_current(ch, episode)) return;
  const sim::Tick now = s.ctx.now();
  const PersonIndex figure = ch.episode.figure;
  Person& f = s.c.people[figure];
  graph::Tie& tie = *s.c.graph.find_tie(child, figure, ch.episode.tie_slot);
  f.busy_until = std::max(f.busy_until, now) +
                 static_cast<sim::Tick>(bounded_seconds(s.p.care.comfort_minutes * 60.0));
  sim::RandomStream rng = s.rng(child);
  const Caregiving care = responder_care(f);
  const bool frightened = rng.bernoulli(care.frightening);
  const float comfort = frightened ? 0.0f : care.warmth * tie.attunement;
  if (learns(s, ch)) {
    const float w = evidence_weight(s, ch, !frightened);
    const Generalized before = blend_terms(tie.model);
    observe_response(tie.model, {ch.episode.escalations > 0, true, w},
                     {comfort, frightened, static_cast<float>(now - ch.episode.signalled), w}, now,
                     s.p.learning);
    follow_tie(s, child, tie, before);
  }
  if (tie.type == graph::TieType::partner) track_ambivalence(s, ch, tie, comfort);
  end_episode(s, child, frightened ? Ending::unresolved : Ending::comforted, comfort, rng);
}

}  // namespace attachsim::model
