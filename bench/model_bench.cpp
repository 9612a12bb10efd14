// The attachment model's throughput: N children from birth to age 4 (default population,
// births over one year, siblings at least a year apart, the run long enough for the youngest to
// reach 4), printing key: value lines: events/s, ns per event, simulated child-years per second,
// peak memory per person. Usage: model_bench CHILDREN THREADS
#include <cinttypes>
#include <cstdio>
#include <cstdlib>

#include "app/resource_usage.hpp"
#include "sim/model/attachment_model.hpp"
#include "sim/model/time_units.hpp"

namespace {

using namespace attachsim;

// Children per community with the default family composition (1.85 children per family).
constexpr double kChildrenPerFamily = 0.35 * 1 + 0.45 * 2 + 0.20 * 3;

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    std::fprintf(stderr, "usage: model_bench CHILDREN THREADS\n");
    return 2;
  }
  const double children = std::atof(argv[1]);
  const int threads = std::atoi(argv[2]);
  model::ModelParams p;
  p.population.birth_window_days = 365.0;
  p.population.communities = std::max<std::int64_t>(
      1, std::llround(children / (kChildrenPerFamily *
                                  static_cast<double>(p.population.families_per_community))));
  p.observation.assessment_ages_days = {365.0, 548.0, 1095.0, 1460.0};
  p.run.end_days =
      p.population.birth_window_days + 2 * p.population.min_birth_spacing_days + 4 * 365.25;

  model::AttachmentModel m(p, {0, static_cast<sim::LpId>(p.population.communities)});
  sim::Scheduler<model::AttachmentModel> s(m, m.scheduler_config(threads));
  const sim::RunStats stats = s.run();

  const sim::Tick end = model::days_to_ticks(p.run.end_days);
  double child_years = 0;
  std::uint64_t persons = 0, born = 0;
  for (const model::Community& c : m.communities()) {
    persons += c.people.size();
    for (const model::Person& person : c.people) {
      if (person.role != model::Role::child || person.birth > end) continue;
      ++born;
      child_years += model::ticks_to_days(end - person.birth) / 365.25;
    }
  }
  const double peak = static_cast<double>(app::peak_rss_bytes());
  std::printf("children: %" PRIu64 "\npersons: %" PRIu64 "\ncommunities: %" PRId64
              "\nthreads: %d\n",
              born, persons, p.population.communities, threads);
  std::printf("committed_events: %" PRIu64 "\nwall_seconds: %.3f\n", stats.committed_events,
              stats.wall_seconds);
  std::printf("events_per_second: %.0f\nns_per_event: %.1f\n", stats.events_per_second(),
              1e9 * stats.wall_seconds / static_cast<double>(stats.committed_events));
  std::printf("child_years_per_second: %.0f\n", child_years / stats.wall_seconds);
  std::printf("peak_rss_mib: %.1f\nbytes_per_person: %.0f\n", peak / (1024 * 1024),
              peak / static_cast<double>(persons));
  std::printf("digest: %016" PRIx64 "\n", s.digest());
}
