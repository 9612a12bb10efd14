#include <algorithm>

#include "io/config/internal/writers.hpp"

namespace attachsim::io::internal {

std::vector<std::pair<std::string, std::vector<const ParamSpec*>>> sections_of(
    const ErasedTable& table) {
  std::vector<std::pair<std::string, std::vector<const ParamSpec*>>> sections{{"", {}}};
  for (const auto& spec : table.params) {
    const auto dot = spec.key.rfind('.');
    const std::string section = dot == std::string::npos ? "" : spec.key.substr(0, dot);
    auto it = std::find_if(sections.begin(), sections.end(),
                           [&](const auto& entry) { return entry.first == section; });
    if (it == sections.end()) it = sections.insert(sections.end(), {section, {}});
    it->second.push_back(&spec);
  }
  return sections;
}

std::string_view leaf_of(std::string_view key) {
  const auto dot = key.rfind('.');
  return dot == std::string_view::npos ? key : key.substr(dot + 1);
}

}  // namespace attachsim::io::internal
