#include "sim/model/params.hpp"

#include <numeric>

#include "sim/engine/error.hpp"

namespace attachsim::model {

void check_params(const ModelParams& p) {
  const auto& weights = p.population.children_weights;
  if (weights.empty() || std::accumulate(weights.begin(), weights.end(), 0.0) <= 0.0) {
    throw Error(
        "population.children_weights: at least one weight must be positive (the relative odds of "
        "1, 2, 3, ... children)");
  }
}

}  // namespace attachsim::model
