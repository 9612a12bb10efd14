#include "app/model_output.hpp"

#include <algorithm>
#include <string>

#include "sim/model/interventions.hpp"
#include "sim/model/time_units.hpp"

namespace attachsim::app {
namespace {

using model::AssessmentRecord;
using model::SeriesRow;

constexpr const char* kInstrumentCodes = "infant_observation,adult_interview,self_report";
constexpr const char* kCategoryCodes = "B,A,C,D";

// Unit and description of a time-series count column, from its name.
std::pair<std::string, std::string> describe_count(const std::string& name) {
  auto rest = [&](std::size_t prefix) { return name.substr(prefix); };
  if (name.rfind("persons_attached", 0) == 0) {
    return {"persons", "persons with at least one tie (the dimension statistics are over them)"};
  }
  if (name.rfind("persons_", 0) == 0) return {"persons", "persons born, aged " + rest(8)};
  if (name.rfind("n_", 0) == 0) {
    return {"persons", "persons with ties whose generalized model falls in category " +
                           name.substr(2, 1) + ", aged " + rest(4)};
  }
  if (name.rfind("sum_squares_", 0) == 0) {
    return {"2^-20", "exact sum of squared " + rest(12) + " (fixed point, units of 2^-20)"};
  }
  if (name.rfind("sum_", 0) == 0) {
    return {"2^-20", "exact sum of " + rest(4) + " (fixed point, units of 2^-20)"};
  }
  if (name.rfind("events_", 0) == 0) return {"events", rest(7) + " events so far (cumulative)"};
  if (name.rfind("friend_", 0) == 0) {
    return {"", "friendship network accumulator " + name + " (exact sums; see docs/output.md)"};
  }
  if (name.rfind("episodes_", 0) == 0) {
    return {"episodes", "distress episodes ended " + rest(9) + " so far (cumulative)"};
  }
  return {"ties", "active ties to a " + rest(5)};
}

}  // namespace

io::RecordColumns<AssessmentRecord> panel_columns(
    const std::vector<model::Intervention>& interventions) {
  using R = AssessmentRecord;
  return {
      {"person_id", &R::person_id, "",
       "person id: (community << 32) + index in community + 1; never 0"},
      {"cohort", &R::cohort, "years", "birth year within the run (0: born in the first year)"},
      {"community", &R::community, "", "community (logical process) index"},
      {"generation", &R::generation, "", "1 for children of the founding adults"},
      {"wave", &R::wave, "",
       "index of the age in the instrument's list of ages (observation.*_ages_days)"},
      {"age_days", &R::age_days, "days", "age at assessment"},
      {"time_days", &R::time_days, "days", "simulated time of the assessment"},
      {"instrument", &R::instrument, "", "instrument code", kInstrumentCodes},
      {"category", &R::category, "",
       "observed category (adult analogues: secure-autonomous, "
       "dismissing, preoccupied, unresolved)",
       kCategoryCodes},
      {"latent_category", &R::latent_category, "", "category of the latent scores", kCategoryCodes},
      {"security", &R::security, "1", "observed security score in [0, 1]"},
      {"latent_security", &R::latent_security, "1", "latent security score in [0, 1]"},
      {"trust", &R::trust, "1", "observed trust (expected availability) in [0, 1]"},
      {"anxiety", &R::anxiety, "1", "observed anxiety (hyperactivation) in [0, 1]"},
      {"avoidance", &R::avoidance, "1", "observed avoidance (deactivation) in [0, 1]"},
      {"fear", &R::fear, "1", "observed fear (disorganization) in [0, 1]"},
      {"latent_trust", &R::latent_trust, "1", "latent trust in [0, 1]"},
      {"latent_anxiety", &R::latent_anxiety, "1", "latent anxiety in [0, 1]"},
      {"latent_avoidance", &R::latent_avoidance, "1", "latent avoidance in [0, 1]"},
      {"latent_fear", &R::latent_fear, "1", "latent fear in [0, 1]"},
      {"stress_reactivity", &R::stress_reactivity, "1", "running average of stress after episodes"},
      {"caregiver_sensitivity", &R::caregiver_sensitivity, "1",
       "sensitivity trait of the primary caregiver"},
      {"primary_caregiver_id", &R::primary_caregiver_id, "",
       "person id of the primary caregiver (0: none)"},
      {"arm", &R::arm, "", "intervention arm: 2k+1 control and 2k+2 treated of intervention k",
       model::arm_codes(interventions)},
      {"life_events", &R::life_events, "events", "negative life events so far"},
      {"social_competence", &R::social_competence, "1", "social competence from friendships"},
      {"exploration", &R::exploration, "bouts", "exploration bouts so far (secure-base pathway)"},
      {"ties_parent", &R::ties_parent, "ties", "active ties to parents"},
      {"ties_grandparent", &R::ties_grandparent, "ties", "active ties to grandparents"},
      {"ties_caregiver", &R::ties_caregiver, "ties", "active ties to childcare providers"},
      {"ties_teacher", &R::ties_teacher, "ties", "active ties to teachers"},
      {"ties_peer", &R::ties_peer, "ties", "active ties to peers"},
      {"ties_friend", &R::ties_friend, "ties", "active ties to friends"},
      {"ties_partner", &R::ties_partner, "ties", "active ties to partners"},
      {"ties_mentor", &R::ties_mentor, "ties", "active ties to mentors"},
      {"partner_approach", &R::partner_approach, "1",
       "running intensity of turning to a partner (ambivalence: approach)"},
      {"partner_resentment", &R::partner_resentment, "1",
       "running unmet need with a partner (ambivalence: resentment)"},
  };
}

io::RecordColumns<SeriesRow> series_columns() {
  io::RecordColumns<SeriesRow> columns;
  columns.emplace_back("time_days", &SeriesRow::time_days, "days", "sampling time");
  const auto names = model::count_column_names();
  for (std::size_t k = 0; k < names.size(); ++k) {
    auto [unit, description] = describe_count(names[k]);
    columns.emplace_back(
        names[k], [k](const SeriesRow& r) { return r.counts[k]; }, std::move(unit),
        std::move(description));
  }
  const char* network_descriptions[] = {
      "friends per person with ties (2 x friendships / persons_attached)",
      "mean local clustering coefficient of persons with two or more friends",
      "Pearson correlation of security between friends (assortativity)"};
  for (std::size_t k = 0; k < model::kNetworkStatisticNames.size(); ++k) {
    columns.emplace_back(
        model::kNetworkStatisticNames[k], [k](const SeriesRow& r) { return r.network[k]; }, "1",
        network_descriptions[k]);
  }
  for (std::size_t d = 0; d < model::kDimensions; ++d) {
    const std::string dim = model::kDimensionNames[d];
    columns.emplace_back(
        "mean_" + dim, [d](const SeriesRow& r) { return r.mean[d]; }, "1",
        "mean " + dim + " over persons with ties");
    columns.emplace_back(
        "sd_" + dim, [d](const SeriesRow& r) { return r.sd[d]; }, "1",
        "standard deviation of " + dim + " over persons with ties");
  }
  return columns;
}

namespace {

template <class Row>
void append_table(std::string& out, const char* title, const io::RecordColumns<Row>& columns) {
  out += std::string("## `") + title +
         "`\n\n| column | type | unit | codes | description |\n"
         "|---|---|---|---|---|\n";
  for (const auto& column : columns) {
    const io::ColumnSpec& c = column.spec();
    out += "| `" + c.name + "` | " + std::string(io::column_type_name(c.type)) + " | " +
           (c.unit.empty() ? "—" : c.unit) + " | " + (c.codes.empty() ? "—" : "`" + c.codes + "`") +
           " | " + c.description + " |\n";
  }
  out += "\n";
}

}  // namespace

std::string columns_markdown() {
  std::string out =
      "<!-- Generated from the column declarations in app/model_output.cpp by `attachsim columns`;"
      " do not edit.\n     Regenerate with: cmake --build build --target regenerate-docs -->\n"
      "# Output columns\n\nThe tables of an attachsim output file (see docs/output.md for the "
      "layout). The `arm` codes name the experiment's interventions: `none`, then "
      "`<name>_control`, `<name>` for each `[[intervention]]` in order; the codes below are those "
      "of an experiment without interventions.\n\n";
  append_table(out, "/panel", panel_columns({}));
  append_table(out, "/timeseries", series_columns());
  return out;
}

ModelOutput::ModelOutput(model::AttachmentModel& model, io::OutputFile& file,
                         sim::Communicator& comm)
    : model_(model),
      comm_(comm),
      panel_(file, "/panel", panel_columns(model.params().interventions)),
      series_(file, "/timeseries", series_columns()),
      interval_(std::max<sim::Tick>(
          1, model::days_to_ticks(model.params().observation.sample_interval_days))),
      end_(model::days_to_ticks(model.params().run.end_days) + 1),
      next_(std::min(interval_, end_)) {}

void ModelOutput::observe(sim::Tick time) {
  // The last observation (just after the end time) only flushes the panel when a sample was
  // already taken at the end time itself.
  if (time != end_ || last_sample_ != end_ - 1) {
    model::PopulationSample sample = model::sample_population(model_.communities(), time);
    comm_.sum_all(sample.words);
    const SeriesRow row = model::to_series_row(sample, time);
    series_.append(std::span<const SeriesRow>(&row, comm_.rank() == 0 ? 1 : 0));
    last_sample_ = time;
  }
  const std::vector<AssessmentRecord> rows = model_.take_panel();
  panel_.append(rows);
  next_ = time >= end_ ? sim::kNever : std::min(time + interval_, end_);
}

void ModelOutput::resume(std::uint64_t panel_rows, std::uint64_t series_rows, sim::Tick next,
                         sim::Tick last_sample) {
  panel_.truncate(panel_rows);
  series_.truncate(series_rows);
  next_ = next;
  last_sample_ = last_sample;
}

}  // namespace attachsim::app
