// Declarative experiment parameters: each parameter is declared once (key, field, unit, range,
// meaning, source), and validation, TOML loading, the resolved TOML and the Markdown docs are all
// derived from that one declaration, so the docs cannot drift from the code.
//
//   struct Care { double sensitivity_mean = 0.6; std::vector<double> ages{365, 540}; };
//   struct Experiment { std::uint64_t seed = 1; Care care; };
//
//   ParamTable<Experiment> table;
//   table.add(ATTACHSIM_KEY(care.sensitivity_mean),
//             {.unit = "1", .range = Range::closed(0, 1), .meaning = "mean caregiver sensitivity",
//              .source = "chosen; see docs/model.md"});
//   table.add("care.ages", [](Experiment& e) -> auto& { return e.care.ages; },
//             {.unit = "days", .range = Range::at_least(0), .meaning = "assessment ages",
//              .source = "chosen", .strictly_increasing = true});
//   Experiment e = load_experiment("x.toml", table);   // io/config/experiment_file.hpp
//
// The default of a parameter is the value of its field in a default-constructed struct.
#pragma once

#include <cstdint>
#include <limits>
#include <memory>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

#include "io/config/internal/param_spec.hpp"
#include "io/config/param_info.hpp"

// clang-format off
/// Expands to `"a.b", accessor of field a.b`: the key is the field's path, so they cannot drift.
#define ATTACHSIM_KEY(path) #path, [](auto& attachsim_object_) -> auto& { return attachsim_object_.path; }
// clang-format on

namespace attachsim::io {

/// The parameters of an experiment struct T (plain nested structs with default member
/// initializers). Declarations throw std::logic_error on a malformed or duplicate key or an
/// invalid default: those are programming errors, found the first time the table is built.
template <class T>
class ParamTable {
 public:
  /// An empty table for T; T must be default-constructible.
  ParamTable() : erased_([] { return std::make_shared<const T>(); }) {}

  /// Declares the parameter `key` ("section.name") held in the field `access(t)` returns. The
  /// field's type sets the TOML type: double (real), an integer type (integer, range-checked
  /// against the type too), bool, std::string, or std::vector<double> (list of reals). Throws
  /// std::logic_error for a malformed or duplicate key or a default outside the rules.
  template <class Access>
  ParamTable& add(std::string key, Access access, ParamInfo info) {
    using Field = internal::FieldOf<T, Access>;
    internal::ParamSpec spec{.key = std::move(key), .info = std::move(info)};
    if constexpr (std::is_same_v<Field, double>) {
      spec.kind = internal::ParamKind::real;
    } else if constexpr (std::is_same_v<Field, bool>) {
      spec.kind = internal::ParamKind::boolean;
    } else if constexpr (std::is_integral_v<Field>) {
      static_assert(sizeof(Field) <= sizeof(std::int64_t));
      spec.kind = internal::ParamKind::integer;
      spec.int_min = static_cast<std::int64_t>(std::numeric_limits<Field>::min());
      spec.int_max =
          std::cmp_less(std::numeric_limits<std::int64_t>::max(), std::numeric_limits<Field>::max())
              ? std::numeric_limits<std::int64_t>::max()
              : static_cast<std::int64_t>(std::numeric_limits<Field>::max());
    } else if constexpr (std::is_same_v<Field, std::string>) {
      spec.kind = internal::ParamKind::string;
    } else if constexpr (std::is_same_v<Field, std::vector<double>>) {
      spec.kind = internal::ParamKind::reals;
    } else {
      static_assert(!sizeof(Field), "unsupported parameter field type (use choice() or tables())");
    }
    spec.get = [access](const void* object) {
      return internal::to_value(access(internal::mutable_object<T>(object)));
    };
    spec.set = [access](void* object, const internal::ParamValue& value) {
      internal::assign(access(*static_cast<T*>(object)), value);
    };
    erased_.add(std::move(spec));
    return *this;
  }

  /// Declares a parameter whose TOML value is one of the names in `choices`; the field (an enum
  /// or integer) holds the value paired with the chosen name. Throws std::logic_error for a bad
  /// key or a default that is not one of the choices.
  template <class Access>
  ParamTable& choice(std::string key, Access access,
                     std::vector<std::pair<std::string, internal::FieldOf<T, Access>>> choices,
                     ParamInfo info) {
    using Field = internal::FieldOf<T, Access>;
    static_assert(std::is_enum_v<Field> || std::is_integral_v<Field>);
    internal::ParamSpec spec{
        .key = std::move(key), .kind = internal::ParamKind::choice, .info = std::move(info)};
    for (const auto& [name, value] : choices)
      spec.choices.push_back(name);
    spec.get = [access, choices](const void* object) -> internal::ParamValue {
      const Field field = access(internal::mutable_object<T>(object));
      for (const auto& [name, value] : choices)
        if (value == field) return name;
      return std::string();  // not a declared choice: reported as invalid when written
    };
    spec.set = [access, choices](void* object, const internal::ParamValue& value) {
      for (const auto& [name, field] : choices)
        if (name == std::get<std::string>(value)) access(*static_cast<T*>(object)) = field;
    };
    erased_.add(std::move(spec));
    return *this;
  }

  /// Declares an array of tables (`[[key]]` in TOML) filling the std::vector<U> field; each
  /// element starts from U{} and is validated against `element`. Only info.meaning and
  /// info.source are used. Throws std::logic_error for a bad key or nested arrays of tables.
  template <class Access, class U>
  ParamTable& tables(std::string key, Access access, const ParamTable<U>& element, ParamInfo info) {
    static_assert(std::is_same_v<internal::FieldOf<T, Access>, std::vector<U>>,
                  "tables() needs a std::vector<U> field and a ParamTable<U>");
    internal::ParamSpec spec{
        .key = std::move(key), .kind = internal::ParamKind::tables, .info = std::move(info)};
    spec.element = std::make_shared<const internal::ErasedTable>(element.erased());
    spec.count = [access](const void* object) {
      return access(internal::mutable_object<T>(object)).size();
    };
    spec.reset = [access](void* object, std::size_t count) {
      access(*static_cast<T*>(object)).assign(count, U{});
    };
    spec.at = [access](void* object, std::size_t i) -> void* {
      return &access(*static_cast<T*>(object)).at(i);
    };
    erased_.add(std::move(spec));
    return *this;
  }

  /// The type-erased declarations, for the loaders and writers.
  const internal::ErasedTable& erased() const { return erased_; }

 private:
  internal::ErasedTable erased_;
};

}  // namespace attachsim::io
