// Reading and writing experiment files through a ParamTable (io/config/param_table.hpp).
//
//   Experiment e = load_experiment("experiments/pilot.toml", table);
//   apply_override(e, "population.children=5000", table);        // from --set
//   std::string resolved = to_toml(e, table);                    // loads back to an equal e
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

#include "io/config/config_error.hpp"
#include "io/config/internal/loader.hpp"
#include "io/config/internal/writers.hpp"
#include "io/config/param_table.hpp"

namespace attachsim::io {

/// The experiment in the TOML file at `path`: defaults, then every key the file gives. Throws
/// ConfigError listing every problem (syntax, unknown keys with a suggestion, wrong types, values
/// or list elements out of range), one per line, each with file:line:column and the key.
template <class T>
T load_experiment(const std::filesystem::path& path, const ParamTable<T>& table) {
  T experiment{};
  internal::load_file(path, table.erased(), &experiment);
  return experiment;
}

/// Applies a --set override "section.key=value" (value in TOML syntax; text values may be given
/// unquoted) by the same rules as the file. Throws ConfigError naming the argument; on error
/// `experiment` may be partly changed.
template <class T>
void apply_override(T& experiment, std::string_view assignment, const ParamTable<T>& table) {
  internal::apply_override(assignment, table.erased(), &experiment);
}

/// The resolved experiment as TOML: every parameter, defaults included, reals printed so that
/// they read back exactly. load_experiment() of this text gives an equal experiment.
template <class T>
std::string to_toml(const T& experiment, const ParamTable<T>& table) {
  return internal::write_toml(table.erased(), &experiment);
}

}  // namespace attachsim::io
