#include "io/config/internal/param_spec.hpp"

#include <algorithm>
#include <stdexcept>

#include "io/config/internal/validate.hpp"

namespace attachsim::io::internal {
namespace {

bool is_bare_key_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
         c == '-';
}

// Each dot-separated component is a non-empty TOML bare key.
bool well_formed(std::string_view key) {
  std::size_t start = 0;
  while (true) {
    const std::size_t dot = std::min(key.find('.', start), key.size());
    const std::string_view part = key.substr(start, dot - start);
    if (part.empty() || !std::all_of(part.begin(), part.end(), is_bare_key_char)) return false;
    if (dot == key.size()) return true;
    start = dot + 1;
  }
}

void fail(const std::string& key, const std::string& what) {
  throw std::logic_error("parameter table: '" + key + "': " + what);
}

}  // namespace

void ErasedTable::add(ParamSpec spec) {
  const std::string& key = spec.key;
  if (!well_formed(key)) fail(key, "malformed key (use dot-separated [A-Za-z0-9_-] names)");
  if (by_key.contains(key)) fail(key, "declared twice");
  if (sections.contains(key)) fail(key, "already a section of other parameters");
  for (std::size_t dot = key.find('.'); dot != std::string::npos; dot = key.find('.', dot + 1))
    if (by_key.contains(std::string_view(key).substr(0, dot)))
      fail(key, "lies inside another parameter");
  if (spec.kind == ParamKind::tables) {
    for (const auto& inner : spec.element->params)
      if (inner.kind == ParamKind::tables) fail(key, "arrays of tables may not nest");
  } else if (const std::string problem = check_value(spec, spec.get(make_default().get()));
             !problem.empty()) {
    fail(key, "invalid default: " + problem);
  }
  for (std::size_t dot = key.find('.'); dot != std::string::npos; dot = key.find('.', dot + 1))
    sections.insert(key.substr(0, dot));
  by_key.emplace(key, params.size());
  params.push_back(std::move(spec));
}

const ParamSpec* ErasedTable::find(std::string_view key) const {
  const auto it = by_key.find(key);
  return it == by_key.end() ? nullptr : &params[it->second];
}

}  // namespace attachsim::io::internal
