// The columns of an output table: their element types and what the file records about them.
//
//   static_assert(column_type_of<float>() == ColumnType::float32);
//   ColumnSpec spec{.name = "category", .type = ColumnType::int8, .description = "observed
//                   category", .codes = "B,A,C,D"};
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <type_traits>

namespace attachsim::io {

/// The element type of a column, as stored in the file (little-endian).
enum class ColumnType : std::uint8_t {
  int8,
  int16,
  int32,
  uint32,
  int64,
  uint64,
  float32,
  float64
};

/// The C++ types a column may hold.
template <class V>
concept ColumnValue = std::is_same_v<V, std::int8_t> || std::is_same_v<V, std::int16_t> ||
    std::is_same_v<V, std::int32_t> || std::is_same_v<V, std::uint32_t> ||
    std::is_same_v<V, std::int64_t> || std::is_same_v<V, std::uint64_t> ||
    std::is_same_v<V, float> || std::is_same_v<V, double>;

/// The ColumnType of V.
template <ColumnValue V>
constexpr ColumnType column_type_of() {
  if constexpr (std::is_same_v<V, std::int8_t>) return ColumnType::int8;
  if constexpr (std::is_same_v<V, std::int16_t>) return ColumnType::int16;
  if constexpr (std::is_same_v<V, std::int32_t>) return ColumnType::int32;
  if constexpr (std::is_same_v<V, std::uint32_t>) return ColumnType::uint32;
  if constexpr (std::is_same_v<V, std::int64_t>) return ColumnType::int64;
  if constexpr (std::is_same_v<V, std::uint64_t>) return ColumnType::uint64;
  if constexpr (std::is_same_v<V, float>) return ColumnType::float32;
  if constexpr (std::is_same_v<V, double>) return ColumnType::float64;
}

/// The type's name as numpy spells it ("int8", "float64").
std::string_view column_type_name(ColumnType type);

/// One column of a table: a 1-D dataset `name` with attributes `unit`, `description` and, when
/// not empty, `codes` ("B,A,C,D": the labels of the integer values 0, 1, 2, ...).
struct ColumnSpec {
  std::string name{};         ///< dataset name within the table's group
  ColumnType type{};          ///< element type
  std::string unit{};         ///< unit ("days", "1"); "" where none applies
  std::string description{};  ///< one line: what the column holds
  std::string codes{};        ///< comma-separated labels of codes 0, 1, ...; "" for none
};

/// How a table's datasets are created (ignored when an existing table is reopened).
struct TableOptions {
  /// Rows per chunk. 64 Ki rows make chunks of 64-512 KiB: large enough that compression works
  /// well and the chunk index stays small for millions of rows, small enough that one chunk of
  /// each column fits HDF5's default 1 MiB chunk cache while a run appends to it. Use fewer
  /// (e.g. 1024) for tables that stay short, such as per-sample time series.
  std::uint64_t chunk_rows = 65536;
  /// Deflate (gzip) level 0-9, after the byte-shuffle filter; 0 writes uncompressed.
  unsigned deflate_level = 4;
};

}  // namespace attachsim::io
