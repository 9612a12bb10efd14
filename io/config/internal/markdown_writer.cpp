#include <string>

#include "io/config/internal/text.hpp"
#include "io/config/internal/validate.hpp"
#include "io/config/internal/writers.hpp"

namespace attachsim::io::internal {
namespace {

constexpr std::string_view kHeader =
    "<!-- Generated from the parameter table in the code by io::to_markdown(); do not edit.\n"
    "     Regenerate with: cmake --build build --target regenerate-docs -->\n"
    "# Experiment parameters\n"
    "\n"
    "Every key is optional: a key left out of an experiment file takes its default. Unit `1` is\n"
    "a dimensionless number. Ranges are intervals: `[` and `]` include the end, `(` and `)`\n"
    "exclude it.\n";

constexpr std::string_view kTableHead =
    "| key | default | unit | range | meaning | source |\n"
    "|---|---|---|---|---|---|\n";

std::string cell(std::string_view text) {
  std::string out;
  for (const char c : text) {
    if (c == '|') out += '\\';
    out += c == '\n' ? ' ' : c;
  }
  return out;
}

std::string code(std::string_view text) {
  return concat({"`", cell(text), "`"});
}

// Ends a sentence with one period.
std::string sentence(std::string_view text) {
  return concat({text, text.ends_with('.') ? "" : "."});
}

std::string row(const ParamSpec& spec, std::string_view key, const void* defaults) {
  return concat({"| ", code(key), " | ", code(display_value(spec.get(defaults))), " | ",
                 spec.info.unit.empty() ? "—" : cell(spec.info.unit), " | ",
                 cell(valid_values_text(spec)), " | ", cell(spec.info.meaning), " | ",
                 cell(spec.info.source), " |\n"});
}

std::string array_section(const ParamSpec& spec, const void* defaults) {
  const std::size_t count = spec.count(defaults);
  const std::string default_text = count == 0 ? "none" : std::to_string(count) + " tables";
  std::string out = concat({"\n## `[[", spec.key, "]]`\n\n", sentence(spec.info.meaning),
                            " Source: ", sentence(spec.info.source), " Default: ", default_text,
                            ". Each `[[", spec.key, "]]` table takes these keys:\n\n", kTableHead});
  const auto element_defaults = spec.element->make_default();
  for (const auto& inner : spec.element->params)
    out += row(inner, inner.key, element_defaults.get());
  return out;
}

}  // namespace

std::string write_markdown(const ErasedTable& table) {
  const auto defaults = table.make_default();
  std::string out(kHeader);
  std::string arrays;
  for (const auto& [section, specs] : sections_of(table)) {
    std::string rows;
    for (const ParamSpec* spec : specs) {
      if (spec->kind == ParamKind::tables)
        arrays += array_section(*spec, defaults.get());
      else
        rows += row(*spec, leaf_of(spec->key), defaults.get());
    }
    if (rows.empty()) continue;
    const std::string title =
        section.empty() ? "Top-level keys" : code(concat({"[", section, "]"}));
    out += concat({"\n## ", title, "\n\n", kTableHead, rows});
  }
  return out + arrays;
}

}  // namespace attachsim::io::internal
