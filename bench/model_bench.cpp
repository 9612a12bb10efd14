// The attachment model's throughput, printing key: value lines (events/s, ns per event,
// simulated person-years per second, peak memory per person and where it is at the end).
//
//   model_bench infancy N THREADS     N children from birth to age 4 (default population, births
//                                     over one year, siblings a year apart, the run long enough
//                                     for the youngest to reach 4)
//   model_bench lifecourse N THREADS  about N persons over 40 years: the founding cohort grows up,
//                                     70% found families around 27, their children grow up too
#include <cinttypes>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <string>

#include <malloc.h>

#include "app/resource_usage.hpp"
#include "sim/model/aggregates.hpp"
#include "sim/model/attachment_model.hpp"
#include "sim/model/time_units.hpp"

namespace {

using namespace attachsim;

// Children per family with the default composition.
constexpr double kChildrenPerFamily = 0.35 * 1 + 0.45 * 2 + 0.20 * 3;
// Persons per founding family: mother, 0.85 fathers, 4 x 0.35 grandparents, its children.
constexpr double kPersonsPerFamily = 1.0 + 0.85 + 4 * 0.35 + kChildrenPerFamily;

model::ModelParams infancy(double children) {
  model::ModelParams p;
  p.population.birth_window_days = 365.0;
  p.population.communities =
      std::max<std::int64_t>(1, std::llround(children / (kChildrenPerFamily * 100.0)));
  p.observation.assessment_ages_days = {365.0, 548.0, 1095.0, 1460.0};
  p.run.end_days = 365.0 + 2 * p.population.min_birth_spacing_days + 4 * 365.25;
  return p;
}

model::ModelParams lifecourse(double persons) {
  model::ModelParams p;
  p.population.birth_window_days = 365.0;
  // The second generation roughly doubles the children: aim the founding population at 60%.
  p.population.communities =
      std::max<std::int64_t>(1, std::llround(0.6 * persons / (kPersonsPerFamily * 100.0)));
  p.generation.parent_probability = 0.7;
  p.observation.assessment_ages_days = {365.0, 548.0};
  p.observation.self_report_ages_days = {5113.0, 9131.0};
  p.observation.interview_ages_days = {9131.0};
  p.observation.sample_interval_days = 365.0;
  p.run.end_days = 40 * 365.25;
  return p;
}

// What a run's output does, less the HDF5: every sample interval it takes the population sample
// and the assessments recorded since the last one (which a run writes to the file and drops).
class OutputStandIn final : public sim::Observer {
 public:
  explicit OutputStandIn(model::AttachmentModel& m)
      : model_(m),
        interval_(std::max<sim::Tick>(
            1, model::days_to_ticks(m.params().observation.sample_interval_days))),
        next_(interval_) {}
  sim::Tick next_observation_time() const override { return next_; }
  void observe(sim::Tick time) override {
    model::sample_population(model_.communities(), time);
    panel_rows_ += model_.take_panel().size();
    next_ = time + interval_;
  }
  /// Assessments taken so far.
  std::uint64_t panel_rows() const { return panel_rows_; }

 private:
  model::AttachmentModel& model_;
  sim::Tick interval_;
  sim::Tick next_;
  std::uint64_t panel_rows_ = 0;
};

}  // namespace

int main(int argc, char** argv) {
  const std::string mode = argc == 4 ? argv[1] : "";
  if (mode != "infancy" && mode != "lifecourse") {
    std::fprintf(stderr, "usage: model_bench infancy|lifecourse N THREADS\n");
    return 2;
  }
  const double n = std::atof(argv[2]);
  const int threads = std::atoi(argv[3]);
  const model::ModelParams p = mode == "infancy" ? infancy(n) : lifecourse(n);
  model::AttachmentModel m(p, {0, static_cast<sim::LpId>(p.population.communities)});
  sim::Scheduler<model::AttachmentModel> s(m, m.scheduler_config(threads));
  OutputStandIn output(m);
  s.add_observer(output);
  const sim::RunStats stats = s.run();

  const sim::Tick end = model::days_to_ticks(p.run.end_days);
  double person_years = 0;
  std::uint64_t persons = 0, children = 0, ties = 0;
  for (const model::Community& c : m.communities()) {
    persons += c.people.size();
    ties += c.graph.tie_count();
    for (const model::Person& person : c.people) {
      if (person.birth > end) continue;
      children += person.role == model::Role::child || person.generation > 0;
      person_years += model::ticks_to_days(end - std::max<sim::Tick>(0, person.birth)) / 365.25;
    }
  }
  // Where the memory is at the end: the persons, their ties and the event queues (as held), and
  // all that the heap has handed out; the rest of the peak is the program and the heap's slack.
  std::uint64_t person_bytes = 0;
  for (const model::Community& c : m.communities())
    person_bytes += c.people.capacity() * sizeof(model::Person);
  const std::uint64_t queue_bytes = s.queue_bytes();
  const struct mallinfo2 heap = mallinfo2();
  const double peak = static_cast<double>(app::peak_rss_bytes());
  std::printf("mode: %s\npersons: %" PRIu64 "\nchildren_born: %" PRIu64 "\nties: %" PRIu64 "\n",
              mode.c_str(), persons, children, ties);
  std::printf("assessments: %" PRIu64 "\n", output.panel_rows() + m.take_panel().size());
  std::printf("communities: %" PRId64 "\nthreads: %d\nsimulated_days: %.0f\n",
              p.population.communities, threads, p.run.end_days);
  std::printf("committed_events: %" PRIu64 "\nwall_seconds: %.3f\n", stats.committed_events,
              stats.wall_seconds);
  std::printf("events_per_second: %.0f\nns_per_event: %.1f\n", stats.events_per_second(),
              1e9 * stats.wall_seconds / static_cast<double>(stats.committed_events));
  std::printf("person_years_per_second: %.0f\n", person_years / stats.wall_seconds);
  std::printf("peak_rss_mib: %.1f\nbytes_per_person: %.0f\n", peak / (1024 * 1024),
              peak / static_cast<double>(persons));
  auto per_person = [&](std::uint64_t bytes) {
    return static_cast<double>(bytes) / static_cast<double>(persons);
  };
  std::printf("bytes_per_person_persons: %.0f\nbytes_per_person_ties: %.0f\n",
              per_person(person_bytes), per_person(ties * sizeof(graph::Tie)));
  std::printf("bytes_per_person_queues: %.0f\nbytes_per_person_heap: %.0f\n",
              per_person(queue_bytes), per_person(heap.uordblks + heap.hblkhd));
  std::printf("digest: %016" PRIx64 "\n", s.digest());
}
