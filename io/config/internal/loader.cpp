#include "io/config/internal/loader.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <iterator>
#include <optional>
#include <sstream>
#include <string>
#include <tuple>
#include <vector>

#include <toml++/toml.h>

#include "io/config/config_error.hpp"
#include "io/config/internal/suggest.hpp"
#include "io/config/internal/text.hpp"
#include "io/config/internal/validate.hpp"

namespace attachsim::io::internal {
namespace {

// Collects problems as "WHERE: KEY: PROBLEM", WHERE being "file:line:column" (or the --set
// argument), and throws them together, in file order.
class Problems {
 public:
  Problems(std::string origin, bool with_positions)
      : origin_(std::move(origin)), with_positions_(with_positions) {}

  void add(const toml::source_region& where, std::string_view key, std::string_view problem) {
    const auto line = static_cast<std::size_t>(where.begin.line);
    const auto column = static_cast<std::size_t>(where.begin.column);
    std::string text = origin_;
    if (with_positions_) text += ":" + std::to_string(line) + ":" + std::to_string(column);
    text += ": ";
    text += key;
    text += ": ";
    text += problem;
    entries_.push_back({line, column, std::move(text)});
  }

  /// Throws ConfigError with one line per problem, when there are any.
  void throw_if_any() {
    if (entries_.empty()) return;
    std::stable_sort(entries_.begin(), entries_.end(), [](const Entry& a, const Entry& b) {
      return std::tie(a.line, a.column) < std::tie(b.line, b.column);
    });
    std::string message;
    for (const auto& entry : entries_)
      message += (message.empty() ? "" : "\n") + entry.text;
    throw ConfigError(message);
  }

 private:
  struct Entry {
    std::size_t line;
    std::size_t column;
    std::string text;
  };
  std::string origin_;
  bool with_positions_;
  std::vector<Entry> entries_;
};

std::string describe(const toml::node& node) {
  std::string kind;
  switch (node.type()) {
    case toml::node_type::string:
      kind = "a string";
      break;
    case toml::node_type::integer:
      kind = "an integer";
      break;
    case toml::node_type::floating_point:
      kind = "a real number";
      break;
    case toml::node_type::boolean:
      kind = "a boolean";
      break;
    case toml::node_type::table:
      return "a table";
    case toml::node_type::array:
      return "an array";
    default:
      kind = "a date or time";
      break;
  }
  std::ostringstream text;
  node.visit([&text](const auto& value) { text << value; });
  return kind + " (" + text.str() + ")";
}

std::string expected(ParamKind kind) {
  switch (kind) {
    case ParamKind::real:
      return "a real number";
    case ParamKind::integer:
      return "an integer";
    case ParamKind::boolean:
      return "a boolean (true or false)";
    case ParamKind::string:
      return "a string";
    case ParamKind::choice:
      return "a string";
    case ParamKind::reals:
      return "an array of real numbers";
    case ParamKind::tables:
      return "an array of tables";
  }
  return "";
}

// Integers are fine where reals are expected; nothing else is.
std::optional<double> as_real(const toml::node& node) {
  if (const auto* real = node.as_floating_point()) return real->get();
  if (const auto* integer = node.as_integer()) return static_cast<double>(integer->get());
  return std::nullopt;
}

std::vector<std::string> key_candidates(const ErasedTable& table) {
  std::vector<std::string> keys(table.sections.begin(), table.sections.end());
  for (const auto& spec : table.params)
    keys.push_back(spec.key);
  return keys;
}

// Walks a TOML table against an erased table, setting valid values and reporting the rest.
class Walker {
 public:
  explicit Walker(Problems& problems) : problems_(problems) {}

  /// `section` is the dotted path of `toml` inside the table ("" or "care."); `shown` prefixes
  /// keys in messages (e.g. "intervention[2]." inside an array of tables).
  void table(const ErasedTable& table, void* object, const toml::table& toml,
             const std::string& section, const std::string& shown) {
    for (auto&& [name, node] : toml) {
      const std::string key = section + std::string(name.str());
      if (const ParamSpec* spec = table.find(key)) {
        param(*spec, object, node, shown + key);
      } else if (!table.is_section(key)) {
        problems_.add(name.source(), shown + key,
                      "unknown key" + did_you_mean(key, key_candidates(table)));
      } else if (const toml::table* inner = node.as_table()) {
        this->table(table, object, *inner, key + ".", shown);
      } else {
        problems_.add(node.source(), shown + key,
                      "expected a table (the section [" + key + "]), got " + describe(node));
      }
    }
  }

 private:
  void param(const ParamSpec& spec, void* object, const toml::node& node, const std::string& key) {
    switch (spec.kind) {
      case ParamKind::real:
        if (const auto value = as_real(node)) return set(spec, object, node, key, *value);
        break;
      case ParamKind::integer:
        if (const auto* value = node.as_integer())
          return set(spec, object, node, key, value->get());
        break;
      case ParamKind::boolean:
        if (const auto* value = node.as_boolean())
          return set(spec, object, node, key, value->get());
        break;
      case ParamKind::string:
      case ParamKind::choice:
        if (const auto* value = node.as_string()) return set(spec, object, node, key, value->get());
        break;
      case ParamKind::reals:
        if (const auto* array = node.as_array()) return reals(spec, object, *array, key);
        break;
      case ParamKind::tables:
        if (const auto* array = node.as_array()) return tables(spec, object, *array, key);
        break;
    }
    problems_.add(node.source(), key,
                  "expected " + expected(spec.kind) + ", got " + describe(node));
  }

  void set(const ParamSpec& spec, void* object, const toml::node& node, const std::string& key,
           ParamValue value) {
    if (const std::string problem = check_value(spec, value); !problem.empty()) {
      problems_.add(node.source(), key, problem + choice_hint(spec, value));
      return;
    }
    spec.set(object, value);
  }

  static std::string choice_hint(const ParamSpec& spec, const ParamValue& value) {
    if (spec.kind != ParamKind::choice) return "";
    return did_you_mean(std::get<std::string>(value), spec.choices);
  }

  void reals(const ParamSpec& spec, void* object, const toml::array& array,
             const std::string& key) {
    std::vector<double> values;
    bool valid = true;
    for (std::size_t i = 0; i < array.size(); ++i) {
      const toml::node& node = array[i];
      const auto value = as_real(node);
      const std::string problem =
          value ? check_element(spec, *value,
                                values.empty() ? std::nullopt : std::optional(values.back()))
                : "expected a real number, got " + describe(node);
      if (!problem.empty()) {
        problems_.add(node.source(), key + "[" + std::to_string(i) + "]", problem);
        valid = false;
      }
      if (value) values.push_back(*value);  // the next element is compared with this one
    }
    if (valid) spec.set(object, values);
  }

  void tables(const ParamSpec& spec, void* object, const toml::array& array,
              const std::string& key) {
    spec.reset(object, array.size());
    for (std::size_t i = 0; i < array.size(); ++i) {
      const std::string element = key + "[" + std::to_string(i) + "]";
      if (const toml::table* toml = array[i].as_table())
        table(*spec.element, spec.at(object, i), *toml, "", element + ".");
      else
        problems_.add(array[i].source(), element, "expected a table, got " + describe(array[i]));
    }
  }

  Problems& problems_;
};

std::string trim(std::string_view text) {
  const auto first = text.find_first_not_of(" \t");
  if (first == std::string_view::npos) return "";
  const auto last = text.find_last_not_of(" \t");
  return std::string(text.substr(first, last - first + 1));
}

std::string position(const toml::source_region& where) {
  return std::to_string(where.begin.line) + ":" + std::to_string(where.begin.column);
}

}  // namespace

void load_file(const std::filesystem::path& path, const ErasedTable& table, void* object) {
  const std::string name = path.string();
  std::error_code error;
  if (std::filesystem::is_directory(path, error))
    throw ConfigError(name + ": is a directory, not an experiment file");
  std::ifstream in(path, std::ios::binary);
  if (!in) throw ConfigError(name + ": cannot open the experiment file: " + std::strerror(errno));
  const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  toml::table root;
  try {
    root = toml::parse(std::string_view(text), std::string_view(name));
  } catch (const toml::parse_error& e) {
    throw ConfigError(name + ":" + position(e.source()) +
                      ": syntax error: " + std::string(e.description()));
  }
  Problems problems(name, true);
  Walker(problems).table(table, object, root, "", "");
  problems.throw_if_any();
}

void apply_override(std::string_view assignment, const ErasedTable& table, void* object) {
  const std::string origin = "--set '" + std::string(assignment) + "'";
  const auto equals = assignment.find('=');
  const std::string key = trim(assignment.substr(0, equals));
  std::string value = equals == std::string_view::npos ? "" : trim(assignment.substr(equals + 1));
  if (equals == std::string_view::npos || key.empty() || value.empty())
    throw ConfigError(origin + ": expected KEY=VALUE, e.g. --set care.sensitivity_mean=0.6");
  // Text parameters may be given unquoted: --set output.name=pilot.
  const ParamSpec* spec = table.find(key);
  if (spec != nullptr && (spec->kind == ParamKind::string || spec->kind == ParamKind::choice) &&
      value.front() != '"' && value.front() != '\'') {
    value = toml_string(value);
  }
  toml::table root;
  try {
    const std::string document = key + " = " + value;
    root = toml::parse(std::string_view(document), std::string_view("--set"));
  } catch (const toml::parse_error& e) {
    throw ConfigError(origin + ": not a TOML assignment: " + std::string(e.description()));
  }
  Problems problems(origin, false);
  Walker(problems).table(table, object, root, "", "");
  problems.throw_if_any();
}

}  // namespace attachsim::io::internal
