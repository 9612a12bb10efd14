#include "io/output/file_summary.hpp"

#include <algorithm>
#include <array>
#include <iomanip>
#include <sstream>
#include <string_view>
#include <vector>

#include "io/h5/attribute.hpp"
#include "io/h5/error.hpp"
#include "io/h5/handle.hpp"
#include "io/output/file_reader.hpp"
#include "io/output/internal/table_reader.hpp"
#include "io/output/output_error.hpp"

namespace attachsim::io {
namespace {

constexpr std::array<std::string_view, 7> kProvenance = {
    "format", "format_version", "version", "git_revision", "seed", "created", "command_line"};

std::vector<std::string> split_codes(const std::string& codes) {
  std::vector<std::string> labels;
  std::stringstream in(codes);
  for (std::string label; std::getline(in, label, ',');)
    labels.push_back(label);
  return labels;
}

std::string label(std::int64_t value, const std::vector<std::string>& labels) {
  if (value >= 0 && static_cast<std::size_t>(value) < labels.size())
    return labels[static_cast<std::size_t>(value)];
  return std::to_string(value);
}

const internal::ColumnInfo* find_column(const internal::TableInfo& table, std::string_view name) {
  const auto it = std::find_if(table.columns.begin(), table.columns.end(),
                               [&](const auto& column) { return column.name == name; });
  return it != table.columns.end() && it->integer ? &*it : nullptr;
}

void describe_provenance(hid_t root, std::ostream& out) {
  for (const auto name : kProvenance)
    out << name << ": "
        << (h5::has_attribute(root, name) ? h5::read_attribute_text(root, name) : "(missing)")
        << "\n";
  // Attributes a later version or a model added.
  for (const auto& name : h5::attribute_names(root))
    if (name != "config" &&
        std::find(kProvenance.begin(), kProvenance.end(), name) == kProvenance.end())
      out << name << ": " << h5::read_attribute_text(root, name) << "\n";
  if (h5::has_attribute(root, "config")) {
    const std::string config = h5::read_attribute_text(root, "config");
    const auto lines = std::count(config.begin(), config.end(), '\n');
    out << "config: " << lines << (lines == 1 ? " line" : " lines")
        << " of TOML (attachsim info --config prints it)\n";
  }
}

void describe_counts(hid_t file, const internal::TableInfo& table, std::ostream& out) {
  const internal::ColumnInfo* category = find_column(table, "category");
  if (category == nullptr) return;
  const internal::ColumnInfo* instrument = find_column(table, "instrument");
  const auto counts = internal::count_pairs(
      file, table.path, instrument ? std::optional(instrument->name) : std::nullopt, category->name,
      table.rows);
  const auto category_labels = split_codes(category->codes);
  const auto instrument_labels =
      instrument ? split_codes(instrument->codes) : decltype(category_labels){};
  out << "  counts by " << (instrument ? "instrument and " : "") << "category:\n";
  std::optional<std::int64_t> current;
  for (const auto& [key, count] : counts) {
    if (key.first != current) {
      out << (current ? "\n" : "") << "    "
          << (instrument ? label(key.first, instrument_labels) + ":" : std::string("all:"));
      current = key.first;
    }
    out << " " << label(key.second, category_labels) << " " << count;
  }
  if (current) out << "\n";
}

void describe_table(hid_t file, const internal::TableInfo& table, std::ostream& out) {
  out << "\n" << table.path << ": " << table.rows << " rows\n";
  std::size_t width = 6;
  for (const auto& column : table.columns)
    width = std::max(width, column.name.size());
  for (const auto& column : table.columns) {
    out << "  " << std::left << std::setw(static_cast<int>(width)) << column.name << "  "
        << std::setw(7) << column.type << "  " << std::setw(6)
        << (column.unit.empty() ? "-" : column.unit) << "  " << column.description;
    if (!column.codes.empty()) out << " [codes " << column.codes << "]";
    if (column.rows != table.rows) out << " (" << column.rows << " rows)";
    out << "\n";
  }
  describe_counts(file, table, out);
}

}  // namespace

std::string describe_output_file(const std::filesystem::path& path, bool with_config) {
  const std::string name = path.string();
  const h5::File file = open_for_reading(path);
  if (!h5::has_attribute(file.get(), "format") ||
      !h5::read_attribute_text(file.get(), "format").starts_with("attachsim"))
    throw OutputError("cannot describe " + name +
                      ": it is not an attachsim file (its root has no format attribute naming "
                      "attachsim)");
  std::ostringstream out;
  out << "file: " << name;
  if (name.ends_with(".partial")) out << " (incomplete: the run that wrote it did not finish)";
  out << "\n";
  describe_provenance(file.get(), out);
  for (const auto& table : internal::list_tables(file.get()))
    describe_table(file.get(), table, out);
  if (with_config && h5::has_attribute(file.get(), "config"))
    out << "\nconfig:\n" << h5::read_attribute_text(file.get(), "config");
  return out.str();
}

}  // namespace attachsim::io
