#include "sim/model/peers.hpp"

#include <algorithm>
#include <cmath>

#include "sim/model/population.hpp"
#include "sim/model/time_units.hpp"

namespace attachsim::model {
namespace {

constexpr double kMonthsPerYear = 12.0;
constexpr double kFriendsForFullCompetence = 3.0;
// An ended tie weighing 1/16 of its old weight is forgotten. (Two half-lives saved a quarter
// of the ties but cut the transmission correlation of the two-generation test from 0.58 to 0.37.)
constexpr double kFadedHalfLives = 4.0;
constexpr double kAgeMateGapYears =
    6.0;  // adult friends and partners: at most this far apart in age

int active_count(const Step& s, PersonIndex person, graph::TieType type) {
  int n = 0;
  for (const graph::Tie& tie : s.c.graph.ties(person)) {
    n += tie.type == type && tie.active_at(s.ctx.now());
  }
  return n;
}

bool connected(const Step& s, PersonIndex a, PersonIndex b, graph::TieType type) {
  const graph::Tie* tie = s.c.graph.find_tie(a, b);
  return tie != nullptr && tie->type == type && tie->active_at(s.ctx.now());
}

double age_gap_years(const Person& a, const Person& b) {
  return std::abs(ticks_to_days(a.birth - b.birth)) / 365.25;
}

// Chance that `other` accepts: similarity of the two securities, and its openness.
double acceptance(const Person& a, const Person& other, double homophily) {
  return std::exp(-homophily * std::abs(a.model.security - other.model.security)) *
         (0.4 + 0.6 * openness(other.model));
}

// Monthly chance that a relationship of two persons ends: more likely the more anxious and
// avoidant either is.
double ending_chance(const Person& a, const Person& b, double rate_per_year) {
  const double strain =
      1.0 + a.model.anxiety + b.model.anxiety + a.model.avoidance + b.model.avoidance;
  return 1.0 - std::exp(-rate_per_year / kMonthsPerYear * strain);
}

// Monthly attempts of a person to start a relationship (Poisson mean): half at any openness, half
// with it, more when anxious.
double attempts(const Person& p, double rate_per_year, double anxious_seeking) {
  return rate_per_year / kMonthsPerYear *
         (0.5 + 0.5 * openness(p.model) + anxious_seeking * static_cast<double>(p.model.anxiety));
}

// A Poisson draw of small mean by inversion.
int poisson(sim::RandomStream& rng, double mean) {
  int k = 0;
  double p = std::exp(-mean), cumulative = p;
  const double u = rng.uniform();
  while (u > cumulative && k < 20) {
    ++k;
    p *= mean / k;
    cumulative += p;
  }
  return k;
}

}  // namespace

float openness(const Generalized& g) {
  return g.trust * (1.0f - g.avoidance);
}

void join(Step& s, PersonIndex a, PersonIndex b, graph::TieType type, double hierarchy) {
  open_tie(s, a, b, type, hierarchy);
  open_tie(s, b, a, type, hierarchy);
}

void part(Step& s, PersonIndex a, PersonIndex b, graph::TieType type) {
  for (auto [holder, figure] : {std::pair{a, b}, std::pair{b, a}}) {
    graph::Tie* tie = s.c.graph.find_tie(holder, figure);
    if (tie != nullptr && tie->type == type && tie->active_at(s.ctx.now())) tie->end = s.ctx.now();
  }
}

void update_friendships(Step& s) {
  const PeerParams& p = s.p.peers;
  sim::RandomStream rng = s.community_rng();
  const auto most = static_cast<int>(p.max_friends);
  // Endings first (each friendship once, from its lower-indexed member).
  // (part() only marks ties ended, so iterating the ties meanwhile is safe.)
  for (PersonIndex a = 0; a < s.c.people.size(); ++a) {
    for (const graph::Tie& tie : s.c.graph.ties(a)) {
      if (tie.type != graph::TieType::friend_ || !tie.active_at(s.ctx.now()) || tie.figure < a)
        continue;
      if (rng.bernoulli(
              ending_chance(s.c.people[a], s.c.people[tie.figure], p.dissolution_rate_per_year))) {
        part(s, a, tie.figure, graph::TieType::friend_);
      }
    }
  }
  // New friendships: among classmates, and among grown-up age-mates out of school.
  auto befriend_within = [&](const std::vector<PersonIndex>& pool, bool age_mates_only) {
    for (PersonIndex a : pool) {
      const int tries =
          poisson(rng, attempts(s.c.people[a], p.friendship_rate_per_year, p.anxious_seeking));
      for (int t = 0; t < tries && pool.size() > 1; ++t) {
        const PersonIndex b = pool[rng.below(pool.size())];
        if (b == a || connected(s, a, b, graph::TieType::friend_)) continue;
        if (age_mates_only && age_gap_years(s.c.people[a], s.c.people[b]) > kAgeMateGapYears)
          continue;
        if (active_count(s, a, graph::TieType::friend_) >= most ||
            active_count(s, b, graph::TieType::friend_) >= most) {
          continue;
        }
        if (rng.bernoulli(acceptance(s.c.people[a], s.c.people[b], p.homophily))) {
          join(s, a, b, graph::TieType::friend_, 1.0);
        }
      }
    }
  };
  for (const Group& cls : s.c.classes)
    befriend_within(cls.members, false);
  std::vector<PersonIndex> grown;
  for (PersonIndex a = 0; a < s.c.people.size(); ++a) {
    const Person& person = s.c.people[a];
    if (person.generation > 0 && person.membership == Membership::none &&
        person.birth <= s.ctx.now() &&
        ticks_to_days(s.ctx.now() - person.birth) >= s.p.school.leave_age_days) {
      grown.push_back(a);
    }
  }
  befriend_within(grown, true);
  // Social competence follows the number and security of current friendships.
  for (PersonIndex a = 0; a < s.c.people.size(); ++a) {
    Person& person = s.c.people[a];
    if (person.membership != Membership::school && person.social_competence == 0.0f) continue;
    double security = 0.0;
    int friends = 0;
    for (const graph::Tie& tie : s.c.graph.ties(a)) {
      if (tie.type != graph::TieType::friend_ || !tie.active_at(s.ctx.now())) continue;
      security += tie.model.availability();
      ++friends;
    }
    const double target = friends == 0 ? 0.0
                                       : std::min(1.0, friends / kFriendsForFullCompetence) *
                                             (0.5 + 0.5 * security / friends);
    person.social_competence +=
        static_cast<float>(p.competence_rate * (target - person.social_competence));
  }
}

void prune_faded_ties(Step& s) {
  const sim::Tick horizon =
      s.ctx.now() - days_to_ticks(kFadedHalfLives * s.p.adolescence.ended_tie_half_life_days);
  for (PersonIndex a = 0; a < s.c.people.size(); ++a) {
    s.c.graph.prune_ties(a, [&](const graph::Tie& tie) {
      return tie.end > horizon || tie.type == graph::TieType::parent ||
             tie.type == graph::TieType::grandparent;
    });
  }
}

void update_partnerships(Step& s) {
  const PartnerParams& p = s.p.partners;
  const sim::Tick now = s.ctx.now();
  sim::RandomStream rng = s.community_rng();
  auto age_years = [&](const Person& x) { return ticks_to_days(now - x.birth) / 365.25; };
  std::vector<PersonIndex> singles;
  for (PersonIndex a = 0; a < s.c.people.size(); ++a) {
    Person& person = s.c.people[a];
    if (person.generation == 0 || person.birth > now || age_years(person) < p.min_age_years)
      continue;
    if (person.partner != kNobody) {
      const PersonIndex b = person.partner;
      if (a < b &&
          rng.bernoulli(ending_chance(person, s.c.people[b], p.dissolution_rate_per_year))) {
        part(s, a, b, graph::TieType::partner);
        s.c.people[a].partner = s.c.people[b].partner = kNobody;
      }
      continue;
    }
    singles.push_back(a);
  }
  for (PersonIndex a : singles) {
    if (s.c.people[a].partner != kNobody) continue;
    const int tries = poisson(rng, attempts(s.c.people[a], p.formation_rate_per_year, 0.0));
    for (int t = 0; t < tries; ++t) {
      const PersonIndex b = singles[rng.below(singles.size())];
      Person& x = s.c.people[a];
      Person& y = s.c.people[b];
      if (b == a || y.partner != kNobody || age_gap_years(x, y) > kAgeMateGapYears ||
          x.family == y.family) {
        continue;
      }
      if (rng.bernoulli(acceptance(x, y, p.homophily))) {
        join(s, a, b, graph::TieType::partner, p.hierarchy);
        s.c.people[a].partner = b;
        s.c.people[b].partner = a;
        break;
      }
    }
  }
}

}  // namespace attachsim::model
