// Reading the tables of an output file back, for `attachsim info`. Not API.
//
//   for (const TableInfo& table : list_tables(file.get())) { ... }
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <hdf5.h>

namespace attachsim::io::internal {

/// One 1-D dataset of a table, with its attributes ("" where absent).
struct ColumnInfo {
  std::string name{};         ///< dataset name
  std::string type{};         ///< numpy-style type name ("int8"), or HDF5's class for others
  bool integer = false;       ///< true for integer types (which can hold codes)
  std::uint64_t rows = 0;     ///< length
  std::string unit{};         ///< `unit` attribute
  std::string description{};  ///< `description` attribute
  std::string codes{};        ///< `codes` attribute
};

/// A group holding 1-D datasets.
struct TableInfo {
  std::string path{};                 ///< "/panel"
  std::vector<ColumnInfo> columns{};  ///< in creation order where tracked, else by name
  std::uint64_t rows = 0;             ///< the shortest column's length
};

/// Every group of the file that holds 1-D datasets, by path. Throws H5Error.
std::vector<TableInfo> list_tables(hid_t file);

/// How often each (a, b) pair of values occurs in the integer columns `a` and `b` of the table
/// (a = 0 throughout when `a` is nullopt), over the first `rows` rows. Throws H5Error.
std::map<std::pair<std::int64_t, std::int64_t>, std::uint64_t> count_pairs(
    hid_t file, const std::string& table, const std::optional<std::string>& a, const std::string& b,
    std::uint64_t rows);

}  // namespace attachsim::io::internal
