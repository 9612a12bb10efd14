#include "sim/model/life_events.hpp"

#include <cmath>

#include "sim/model/groups.hpp"
#include "sim/model/peers.hpp"
#include "sim/model/time_units.hpp"
#include "sim/model/visits.hpp"

namespace attachsim::model {
namespace {

constexpr double kMonthsPerYear = 12.0;
constexpr double kChildhoodDays = 18 * 365.25;

double monthly(double rate_per_year) {
  return 1.0 - std::exp(-rate_per_year / kMonthsPerYear);
}

// The family's children under 18 who are born.
std::vector<PersonIndex> minors(const Step& s, const Family& f) {
  std::vector<PersonIndex> out;
  for (PersonIndex child : f.children) {
    const Person& c = s.c.people[child];
    if (c.birth <= s.ctx.now() && ticks_to_days(s.ctx.now() - c.birth) < kChildhoodDays)
      out.push_back(child);
  }
  return out;
}

// The remaining caregivers of a family: parents still at home and its grandparents.
void strain_family(Step& s, const Family& f, PersonIndex except) {
  const LifeEventParams& p = s.p.life_events;
  for (PersonIndex adult : {f.mother, f.father}) {
    if (adult != kNobody && adult != except && !s.c.people[adult].away) {
      strain_caregiver(s, adult, p.strain, p.strain_days);
    }
  }
  for (PersonIndex g : f.grandparents)
    strain_caregiver(s, g, p.strain, p.strain_days);
}

// A parent figure is lost: the children's ties to it end (their models of it stay), the primary
// caregiver passes to the other parent or a grandparent, the others are strained.
void lose_parent(Step& s, Family& f, const std::vector<PersonIndex>& children) {
  const PersonIndex lost = f.mother != kNobody ? f.mother : f.father;
  if (lost == kNobody) return;
  const PersonIndex next = lost == f.mother && f.father != kNobody && !s.c.people[f.father].away
                               ? f.father
                               : (f.grandparents.empty() ? kNobody : f.grandparents.front());
  for (PersonIndex child : children) {
    if (graph::Tie* tie = s.c.graph.find_tie(child, lost)) tie->end = s.ctx.now();
    if (s.c.people[child].primary == lost && next != kNobody) s.c.people[child].primary = next;
  }
  s.c.people[lost].away = true;
  (lost == f.mother ? f.mother : f.father) = kNobody;
  strain_family(s, f, lost);
}

// The parents separate: the father moves out (he is seldom at hand), the mother is strained.
void separate(Step& s, Family& f) {
  s.c.people[f.father].away = true;
  strain_family(s, f, f.father);
}

// The family moves within the community: the children lose their friends (school classes and
// childcare groups are community-wide, so they keep those); the caregivers are strained.
void relocate(Step& s, const Family& f, const std::vector<PersonIndex>& children) {
  for (PersonIndex child : children) {
    for (const graph::Tie& tie : s.c.graph.ties(child)) {
      if (tie.type == graph::TieType::friend_ && tie.active_at(s.ctx.now())) {
        part(s, child, tie.figure, graph::TieType::friend_);
      }
    }
  }
  strain_family(s, f, kNobody);
}

// The family moves to another community: as a move within it, and the grandparents stay behind.
// They are at hand only when they visit, sent by the next community (cross-LP events, as for
// grandparents who always lived elsewhere). The family's persons stay in the LP that owns them,
// whose groups stand for the new community's.
void move_away(Step& s, const Family& f, const std::vector<PersonIndex>& children) {
  relocate(s, f, children);
  for (PersonIndex g : f.grandparents) {
    Person& grandparent = s.c.people[g];
    if (grandparent.remote) continue;
    grandparent.remote = true;
    request_hosting(s, g);
  }
}

}  // namespace

void strain_caregiver(Step& s, PersonIndex i, double strain, double days) {
  Person& p = s.c.people[i];
  p.strain = static_cast<float>(strain);
  p.strained_until = s.ctx.now() + days_to_ticks(days);
}

void update_life_events(Step& s) {
  const LifeEventParams& p = s.p.life_events;
  sim::RandomStream rng = s.community_rng();
  for (Family& f : s.c.families) {
    const std::vector<PersonIndex> children = minors(s, f);
    if (children.empty()) continue;
    int events = 0;
    if (rng.bernoulli(monthly(p.parent_loss_rate_per_year))) {
      lose_parent(s, f, children);
      ++events;
    }
    if (f.father != kNobody && f.mother != kNobody && !s.c.people[f.father].away &&
        rng.bernoulli(monthly(p.separation_rate_per_year))) {
      separate(s, f);
      ++events;
    }
    if (rng.bernoulli(monthly(p.relocation_rate_per_year))) {
      // Only where there is another community to move to.
      if (s.ctx.num_lps() > 1 && rng.bernoulli(p.move_away_share)) {
        move_away(s, f, children);
      } else {
        relocate(s, f, children);
      }
      ++events;
    }
    for (PersonIndex child : children)
      s.c.people[child].life_events += static_cast<std::int16_t>(events);
  }
}

}  // namespace attachsim::model
