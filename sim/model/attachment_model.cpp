#include "sim/model/attachment_model.hpp"

#include <string>

#include "sim/model/blend.hpp"
#include "sim/model/community_state.hpp"
#include "sim/model/episode.hpp"
#include "sim/model/generation.hpp"
#include "sim/model/groups.hpp"
#include "sim/model/interventions.hpp"
#include "sim/model/life_events.hpp"
#include "sim/model/measurement.hpp"
#include "sim/model/peers.hpp"
#include "sim/model/population.hpp"
#include "sim/model/time_units.hpp"
#include "sim/model/visits.hpp"

namespace attachsim::model {
namespace {

constexpr double kMonthDays = 365.25 / 12.0;  // the community's monthly processes

// Starts loading every cache line of a person.
void prefetch_person(const Person& p) {
  const char* bytes = reinterpret_cast<const char*>(&p);
  for (std::size_t line = 0; line < sizeof(Person); line += 64)
    __builtin_prefetch(bytes + line);
}

}  // namespace

AttachmentModel::AttachmentModel(const ModelParams& params, sim::LpRange owned)
    : params_(params), owned_(owned), communities_(owned.count()) {}

sim::SchedulerConfig AttachmentModel::scheduler_config(int threads) const {
  sim::SchedulerConfig c;
  c.num_lps = static_cast<sim::LpId>(params_.population.communities);
  c.lookahead = std::max<sim::Tick>(
      1, static_cast<sim::Tick>(params_.run.lookahead_hours * static_cast<double>(kTicksPerHour)));
  c.end_time = days_to_ticks(params_.run.end_days);
  c.threads = threads;
  c.seed = params_.run.seed;
  return c;
}

void AttachmentModel::initialize(Context& ctx) {
  Community& c = community(ctx.lp());
  build_community(c, ctx.lp(), params_, ctx.seed());
  const sim::Tick end = days_to_ticks(params_.run.end_days);
  for (PersonIndex i = 0; i < c.people.size(); ++i) {
    const Person& p = c.people[i];
    if (p.role == Role::child && p.birth <= end) {
      ctx.schedule(ctx.lp(), p.birth, ModelEvent{EventKind::birth, i, kNobody, 0});
    }
  }
  // Community processes: the first school year, then monthly friendships, partnerships and
  // life events.
  ctx.schedule(ctx.lp(), days_to_ticks(params_.school.year_start_day),
               ModelEvent{EventKind::school_year, kNobody, kNobody, 0});
  ctx.schedule(ctx.lp(), days_to_ticks(kMonthDays),
               ModelEvent{EventKind::month, kNobody, kNobody, 0});
  Step step{params_, c, ctx};
  request_hosting(step);
}

void AttachmentModel::prefetch(sim::LpId lp, const sim::Event<ModelEvent>& next) const {
  const Community& c = community(lp);
  const ModelEvent& e = next.payload;
  if (e.person >= c.people.size()) return;
  prefetch_person(c.people[e.person]);
  c.graph.prefetch_ties(e.person);
  if (e.figure < c.people.size()) prefetch_person(c.people[e.figure]);  // a response's figure
}

// A week's events touch nearly every person of the community and their ties, in random order:
// one sweep of hints loads them at streaming speed rather than a cache miss at a time.
void AttachmentModel::warm(sim::LpId lp) const {
  const Community& c = community(lp);
  const char* bytes = reinterpret_cast<const char*>(c.people.data());
  const std::size_t size = c.people.size() * sizeof(Person);
  for (std::size_t line = 0; line < size; line += 64)
    __builtin_prefetch(bytes + line, 0, 2);
  for (PersonIndex i = 0; i < c.people.size(); ++i) {
    for (const graph::Tie& tie : c.graph.ties(i))
      __builtin_prefetch(&tie, 0, 2);
  }
}

void AttachmentModel::handle(Context& ctx, const sim::Event<ModelEvent>& event) {
  Community& c = community(ctx.lp());
  Step step{params_, c, ctx};
  const ModelEvent& e = event.payload;
  ++c.events[static_cast<std::size_t>(e.kind)];
  switch (e.kind) {
    case EventKind::birth:
      on_birth(step, e.person);
      break;
    case EventKind::distress_onset:
      on_distress_onset(step, e.person);
      break;
    case EventKind::patience_expired:
      on_patience_expired(step, e.person, e.tag);
      break;
    case EventKind::response:
      on_response(step, e.person, e.tag);
      break;
    case EventKind::assessment: {
      sim::RandomStream rng = step.rng(e.person);
      c.panel.push_back(assess(c, e.person, static_cast<Instrument>(e.tag >> 16), ctx.now(),
                               static_cast<std::int32_t>(e.tag & 0xffffu), params_.measurement,
                               rng));
      break;
    }
    case EventKind::childcare_entry:
      on_childcare_entry(step, e.person);
      break;
    case EventKind::school_year:
      on_school_year(step);
      break;
    case EventKind::month:
      update_friendships(step);
      update_partnerships(step);
      update_life_events(step);
      prune_faded_ties(step);
      reblend_community(step);
      step.schedule(ctx.now() + days_to_ticks(kMonthDays), EventKind::month, kNobody);
      break;
    case EventKind::parenthood:
      on_parenthood(step, e.person);
      break;
    case EventKind::intervention:
      on_intervention(step, e.person, e.tag);
      break;
    case EventKind::host:
      on_host(step, e.person, e.tag);
      break;
    case EventKind::plan_visit:
      on_plan_visit(step, e.person, e.tag);
      break;
    case EventKind::visit:
      on_visit(step, e.person, e.tag);
      break;
  }
}

void AttachmentModel::save_lp(sim::LpId lp, sim::ByteWriter& out) const {
  save_community(community(lp), out);
}

void AttachmentModel::load_lp(sim::LpId lp, sim::ByteReader& in) {
  Community& c = community(lp);
  load_community(c, in);
  if (c.index != lp) in.fail("it holds community " + std::to_string(c.index));
}

std::vector<AssessmentRecord> AttachmentModel::take_panel() {
  std::vector<AssessmentRecord> rows;
  for (Community& c : communities_) {
    rows.insert(rows.end(), c.panel.begin(), c.panel.end());
    std::vector<AssessmentRecord>().swap(c.panel);  // the room too: a year's worth is large
  }
  return rows;
}

}  // namespace attachsim::model
