// Writes an erased parameter table out: the resolved TOML of a struct, and the Markdown docs. Not
// API: use to_toml (io/config/experiment_file.hpp) and to_markdown (io/config/param_docs.hpp).
//
//   std::string toml = write_toml(table.erased(), &experiment);
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "io/config/internal/param_spec.hpp"

namespace attachsim::io::internal {

/// Every parameter's current value as TOML that loads back to an equal struct.
std::string write_toml(const ErasedTable& table, const void* object);

/// The parameter reference (key, default, unit, range, meaning, source) grouped by section.
std::string write_markdown(const ErasedTable& table);

/// The sections of the table's parameters in order of first declaration ("" first: the top
/// level), each with its parameters in declaration order.
std::vector<std::pair<std::string, std::vector<const ParamSpec*>>> sections_of(
    const ErasedTable& table);

/// The part of a dotted key after its last dot.
std::string_view leaf_of(std::string_view key);

}  // namespace attachsim::io::internal
