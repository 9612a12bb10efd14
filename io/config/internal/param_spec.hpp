// The type-erased form of a parameter table, shared by the loader and the writers. Not API: use
// ParamTable (io/config/param_table.hpp).
//
//   ErasedTable table([] { return std::make_shared<const Experiment>(); });
//   table.add({.key = "seed", .kind = ParamKind::integer, ...});
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <type_traits>
#include <variant>
#include <vector>

#include "io/config/param_info.hpp"

namespace attachsim::io::internal {

/// A parameter's value, whatever the field: integers as int64, choices as their names.
using ParamValue = std::variant<bool, std::int64_t, double, std::string, std::vector<double>>;

/// What a parameter holds, and so which TOML type it takes.
enum class ParamKind { real, integer, boolean, string, choice, reals, tables };

struct ErasedTable;

/// One declared parameter, with accessors that work on a `void*` to the declaring struct.
struct ParamSpec {
  std::string key{};                   ///< dotted key, "section.name"
  ParamKind kind = ParamKind::real;    ///< TOML type
  ParamInfo info;                      ///< unit, range, meaning, source
  std::int64_t int_min = 0;            ///< integer: the smallest value the field type holds
  std::int64_t int_max = 0;            ///< integer: the largest value the field type holds
  std::vector<std::string> choices{};  ///< choice: the valid names, in declaration order
  std::function<ParamValue(const void*)> get{};         ///< all but tables: reads the field
  std::function<void(void*, const ParamValue&)> set{};  ///< all but tables: writes the field
  std::shared_ptr<const ErasedTable> element{};         ///< tables: each element's params
  std::function<std::size_t(const void*)> count{};      ///< tables: number of elements
  std::function<void(void*, std::size_t)> reset{};      ///< tables: n default elements
  std::function<void*(void*, std::size_t)> at{};        ///< tables: element i
};

/// The parameters of one struct type, in declaration order, indexed by key.
struct ErasedTable {
  /// A table for the struct that `make_default` default-constructs.
  explicit ErasedTable(std::function<std::shared_ptr<const void>()> factory)
      : make_default(std::move(factory)) {}

  /// Adds a parameter; throws std::logic_error for a malformed or duplicate key, a key that is
  /// also a section, or a default value that fails the parameter's own rules.
  void add(ParamSpec spec);
  /// The parameter with this key, or nullptr.
  const ParamSpec* find(std::string_view key) const;
  /// True when `key` is a section, i.e. a proper prefix of some parameter's dotted key.
  bool is_section(std::string_view key) const { return sections.contains(key); }

  std::vector<ParamSpec> params{};                              ///< in declaration order
  std::function<std::shared_ptr<const void>()> make_default{};  ///< a default-constructed struct
  std::map<std::string, std::size_t, std::less<>> by_key{};     ///< key -> index in params
  std::set<std::string, std::less<>> sections{};                ///< every section path
};

/// The type of the field that `Access` selects in a T.
template <class T, class Access>
using FieldOf = std::remove_cvref_t<std::invoke_result_t<Access, T&>>;

/// Accessors take T&; reading only selects a field, so a const object may be passed through.
template <class T>
T& mutable_object(const void* object) {
  return *const_cast<T*>(static_cast<const T*>(object));
}

/// A field's value as a ParamValue.
template <class F>
ParamValue to_value(const F& field) {
  if constexpr (std::is_same_v<F, bool> || std::is_same_v<F, double> ||
                std::is_same_v<F, std::string> || std::is_same_v<F, std::vector<double>>)
    return field;
  else
    return static_cast<std::int64_t>(field);
}

/// Stores a validated ParamValue into a field.
template <class F>
void assign(F& field, const ParamValue& value) {
  if constexpr (std::is_same_v<F, bool> || std::is_same_v<F, double> ||
                std::is_same_v<F, std::string> || std::is_same_v<F, std::vector<double>>)
    field = std::get<F>(value);
  else
    field = static_cast<F>(std::get<std::int64_t>(value));
}

}  // namespace attachsim::io::internal
