#include "io/config/internal/suggest.hpp"

#include <algorithm>
#include <limits>

namespace attachsim::io::internal {
namespace {

std::string_view last_component(std::string_view key) {
  const auto dot = key.rfind('.');
  return dot == std::string_view::npos ? key : key.substr(dot + 1);
}

}  // namespace

std::size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j)
    row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t substitute = diagonal + (a[i - 1] == b[j - 1] ? 0 : 1);
      diagonal = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, substitute});
    }
  }
  return row[b.size()];
}

std::string did_you_mean(std::string_view word, const std::vector<std::string>& candidates) {
  // A key put in the wrong section ("sensitivity_mean" at the top level) keeps its last component.
  for (const auto& candidate : candidates)
    if (last_component(candidate) == last_component(word))
      return "; did you mean '" + candidate + "'?";
  const std::size_t tolerance = std::max<std::size_t>(2, word.size() / 4);
  const std::string* best = nullptr;
  std::size_t best_distance = std::numeric_limits<std::size_t>::max();
  for (const auto& candidate : candidates) {
    const std::size_t d = edit_distance(word, candidate);
    if (d < best_distance) {
      best_distance = d;
      best = &candidate;
    }
  }
  if (best == nullptr || best_distance > tolerance) return "";
  return "; did you mean '" + *best + "'?";
}

}  // namespace attachsim::io::internal
