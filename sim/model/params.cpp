#include "sim/model/params.hpp"

#include <algorithm>
#include <numeric>
#include <sstream>
#include <string>

#include "sim/engine/error.hpp"

namespace attachsim::model {
namespace {

// Most interventions an experiment may name: arm codes 2k+1 and 2k+2 fit the int8 `arm` column.
constexpr std::size_t kMostInterventions = 63;

// A number as a person would write it (12, not 12.000000).
std::string text(double value) {
  std::ostringstream out;
  out << value;
  return out.str();
}

// Names become the `arm` codes attribute ("none,NAME_control,NAME,..."): each must be a unique,
// non-empty label without commas.
void check_intervention_names(const std::vector<Intervention>& interventions) {
  if (interventions.size() > kMostInterventions) {
    throw Error("intervention: " + std::to_string(interventions.size()) +
                " interventions; at most " + std::to_string(kMostInterventions) +
                " fit the arm codes");
  }
  std::vector<std::string> labels = {"none"};
  for (std::size_t k = 0; k < interventions.size(); ++k) {
    const std::string& name = interventions[k].name;
    const std::string where = "intervention " + std::to_string(k + 1) + ": name '" + name + "'";
    if (name.empty()) throw Error(where + " is empty; give every intervention a name");
    if (name.find(',') != std::string::npos)
      throw Error(where + " contains a comma (names are listed comma-separated in the output)");
    for (const std::string& label : {name, name + "_control"}) {
      if (std::ranges::find(labels, label) != labels.end())
        throw Error(where + " gives the arm label '" + label + "' twice");
      labels.push_back(label);
    }
  }
}

}  // namespace

void check_params(const ModelParams& p) {
  const auto& weights = p.population.children_weights;
  if (weights.empty() || std::accumulate(weights.begin(), weights.end(), 0.0) <= 0.0) {
    throw Error(
        "population.children_weights: at least one weight must be positive (the relative odds of "
        "1, 2, 3, ... children)");
  }
  if (p.adolescence.start_years >= p.adolescence.end_years) {
    throw Error("adolescence.start_years (" + text(p.adolescence.start_years) +
                ") must be less than adolescence.end_years (" + text(p.adolescence.end_years) +
                ")");
  }
  if (p.school.entry_age_days >= p.school.leave_age_days) {
    throw Error("school.entry_age_days (" + text(p.school.entry_age_days) +
                ") must be less than school.leave_age_days (" + text(p.school.leave_age_days) +
                ")");
  }
  check_intervention_names(p.interventions);
}

}  // namespace attachsim::model
