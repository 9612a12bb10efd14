#include "sim/model/settings.hpp"

#include <algorithm>
#include <cmath>

#include "sim/model/time_units.hpp"

namespace attachsim::model {
namespace {

constexpr sim::Tick kDayStart = 8 * kTicksPerHour;  // groups meet from 8 h ...
constexpr sim::Tick kDayEnd = 16 * kTicksPerHour;   // ... to 16 h, Monday to Friday
constexpr double kMentorPresence = 0.03;            // a mentor is at hand about 5 hours a week

// A figure's presence at home this hour, by role and circumstance.
double home_presence(const Step& s, const Person& figure, graph::TieType type) {
  const CareParams& c = s.p.care;
  switch (type) {
    case graph::TieType::partner:
      return s.p.partners.presence;
    case graph::TieType::friend_:
      return s.p.peers.presence_out_of_school;
    case graph::TieType::mentor:
      return kMentorPresence;
    default:
      break;
  }
  double chance = 0.0;
  switch (figure.role) {
    case Role::mother:
      chance = c.mother_presence;
      break;
    case Role::father:
      chance = c.father_presence;
      break;
    case Role::grandparent:
      chance = c.grandparent_presence;
      break;
    default:
      chance = 0.0;
      break;
  }
  return figure.away ? 0.15 * chance : chance;
}

}  // namespace

Moment moment_at(sim::Tick t) {
  const sim::Tick day = t / kTicksPerDay, time_of_day = t % kTicksPerDay;
  return {t, static_cast<std::int32_t>(t / kTicksPerHour),
          day % 7 < 5 && time_of_day >= kDayStart && time_of_day < kDayEnd};
}

Setting setting_of(const Person& p, const Moment& m) {
  if (p.membership == Membership::none || !m.group_hours) return Setting::home;
  return p.membership == Membership::school ? Setting::school : Setting::childcare;
}

bool at_hand(Step& s, PersonIndex holder, const graph::Tie& tie, Setting setting, const Moment& m) {
  Person& figure = s.c.people[tie.figure];
  switch (tie.type) {
    case graph::TieType::caregiver:
      return setting == Setting::childcare;
    case graph::TieType::teacher:
      return setting == Setting::school;
    case graph::TieType::peer:
      return false;
    case graph::TieType::friend_:
      if (setting == Setting::school)
        return figure.group == s.c.people[holder].group && figure.membership == Membership::school;
      break;
    default:
      break;
  }
  if (setting != Setting::home || setting_of(figure, m) != Setting::home) return false;
  if (figure.remote) return m.now < figure.visiting_until;
  return present(s.world(), tie.figure, figure, m.hour, home_presence(s, figure, tie.type));
}

Caregiving responder_care(const Person& f) {
  if (f.role != Role::child) return f.care;
  const Generalized& g = f.model;
  Caregiving care;
  // A peer's answer follows its own model: the trusting and unavoidant answer readily, the
  // secure comfort warmly, the anxious answer erratically, the frightened frighten a little.
  care.sensitivity = std::clamp(0.6f + 0.5f * g.trust * (1.0f - g.avoidance), 0.0f, 1.0f);
  care.consistency = 1.0f - g.anxiety;
  care.warmth = std::clamp(0.4f + 0.8f * g.security, 0.0f, 1.0f);
  care.frightening = g.fear >= 0.3f ? 0.2f * g.fear : 0.0f;
  care.log_latency = 3.8f;  // about 45 s: peers answer a little slower than parents
  return care;
}

float current_availability(Step& s, PersonIndex index) {
  Person& f = s.c.people[index];
  float a = availability(s.world(), index, f, s.ctx.now(), s.p.care);
  if (s.ctx.now() < f.strained_until) a *= 1.0f - f.strain;
  return a;
}

}  // namespace attachsim::model
