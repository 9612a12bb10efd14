#include "sim/model/attachment_model.hpp"

#include "sim/model/episode.hpp"
#include "sim/model/measurement.hpp"
#include "sim/model/population.hpp"
#include "sim/model/time_units.hpp"

namespace attachsim::model {

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
      c.panel.push_back(assess_infant(c, e.person, ctx.now(), static_cast<std::int32_t>(e.tag),
                                      params_.measurement, rng));
      break;
    }
  }
}

std::vector<AssessmentRecord> AttachmentModel::take_panel() {
  std::vector<AssessmentRecord> rows;
  for (Community& c : communities_) {
    rows.insert(rows.end(), c.panel.begin(), c.panel.end());
    c.panel.clear();
  }
  return rows;
}

}  // namespace attachsim::model
