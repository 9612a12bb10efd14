#include "sim/model/visits.hpp"

#include <cmath>

#include "sim/model/time_units.hpp"

namespace attachsim::model {
namespace {

// Plans the next departure of a hosted grandparent, on the host community's own stream.
void plan_next(Step& s, PersonIndex person, sim::LpId origin) {
  sim::RandomStream rng = s.community_rng();
  const double gap = rng.exponential(s.p.population.visit_interval_days);
  s.schedule(s.ctx.now() + std::max<sim::Tick>(1, days_to_ticks(gap)), EventKind::plan_visit,
             person, kNobody, origin);
}

}  // namespace

sim::LpId host_of(sim::LpId c, sim::LpId communities) {
  return (c + 1) % communities;
}

void request_hosting(Step& s) {
  for (PersonIndex i = 0; i < s.c.people.size(); ++i) {
    if (s.c.people[i].remote) request_hosting(s, i);
  }
}

void request_hosting(Step& s, PersonIndex person) {
  s.ctx.schedule(host_of(s.c.index, s.ctx.num_lps()), s.ctx.now() + s.ctx.lookahead(),
                 ModelEvent{EventKind::host, person, kNobody, s.c.index});
}

void on_host(Step& s, PersonIndex person, sim::LpId origin) {
  plan_next(s, person, origin);
}

void on_plan_visit(Step& s, PersonIndex person, sim::LpId origin) {
  const auto minutes = static_cast<std::uint32_t>(std::lround(s.p.population.visit_hours * 60.0));
  s.ctx.schedule(origin, s.ctx.now() + s.ctx.lookahead(),
                 ModelEvent{EventKind::visit, person, kNobody, minutes});
  plan_next(s, person, origin);
}

void on_visit(Step& s, PersonIndex person, std::uint32_t minutes) {
  s.c.people[person].visiting_until =
      s.ctx.now() + static_cast<sim::Tick>(minutes) * 60 * kTicksPerSecond;
}

}  // namespace attachsim::model
