#include <string>

#include "io/config/internal/text.hpp"
#include "io/config/internal/writers.hpp"

namespace attachsim::io::internal {
namespace {

void write_line(std::string& out, std::string_view key, const ParamValue& value) {
  out += key;
  out += " = ";
  out += toml_value(value);
  out += '\n';
}

// An array of tables with elements is written as [[key]] blocks, after every section (a [[key]]
// header would capture the keys that follow it); an empty one as `key = []` in its section.
void write_arrays(const ErasedTable& table, void* object, std::string& out) {
  for (const auto& spec : table.params) {
    if (spec.kind != ParamKind::tables) continue;
    for (std::size_t i = 0; i < spec.count(object); ++i) {
      out += "\n[[" + spec.key + "]]\n";
      const void* element = spec.at(object, i);
      for (const auto& inner : spec.element->params)
        write_line(out, inner.key, inner.get(element));
    }
  }
}

}  // namespace

std::string write_toml(const ErasedTable& table, const void* object) {
  std::string out = "# attachsim experiment, resolved: every parameter, defaults included\n";
  for (const auto& [section, specs] : sections_of(table)) {
    std::string lines;
    for (const ParamSpec* spec : specs) {
      if (spec->kind != ParamKind::tables)
        write_line(lines, leaf_of(spec->key), spec->get(object));
      else if (spec->count(object) == 0)
        lines += std::string(leaf_of(spec->key)) + " = []\n";
    }
    if (lines.empty()) continue;
    if (!section.empty()) out += "\n[" + section + "]\n";
    out += lines;
  }
  write_arrays(table, const_cast<void*>(object), out);
  return out;
}

}  // namespace attachsim::io::internal
