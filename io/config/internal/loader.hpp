// Reads TOML into a struct through its erased parameter table. Not API: use load_experiment and
// apply_override (io/config/experiment_file.hpp).
//
//   load_file("x.toml", table.erased(), &experiment);
#pragma once

#include <filesystem>
#include <string_view>

#include "io/config/internal/param_spec.hpp"

namespace attachsim::io::internal {

/// Sets every parameter the file gives; throws ConfigError listing every problem found.
void load_file(const std::filesystem::path& path, const ErasedTable& table, void* object);

/// Applies one "key=value" override; throws ConfigError naming the argument.
void apply_override(std::string_view assignment, const ErasedTable& table, void* object);

}  // namespace attachsim::io::internal
