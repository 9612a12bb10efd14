// What `attachsim info` prints: a readable summary of an output file.
//
//   std::cout << describe_output_file("results/run.h5", /*with_config=*/false);
#pragma once

#include <filesystem>
#include <string>

namespace attachsim::io {

/// The file's provenance attributes (and any other root attributes), then each table (a group of
/// 1-D datasets) with its row count and columns (type, unit, description, codes); for tables with
/// an integer `category` column, counts by `instrument` (when present) and `category`, labelled by
/// their `codes`. `with_config` appends the resolved experiment. Reads serially. Throws OutputError
/// when the file is missing or not HDF5, h5::H5Error when HDF5 fails.
std::string describe_output_file(const std::filesystem::path& path, bool with_config);

}  // namespace attachsim::io
