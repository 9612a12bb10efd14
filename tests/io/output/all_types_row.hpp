// A record with one member of every column type, its columns, and a deterministic row for each
// global index: shared by the C++ tests and the table writer that the Python and MPI tests run.
//
//   RecordTable<AllTypes> table(file, "/all", all_types_columns());
//   table.append(std::vector{all_types_row(0), all_types_row(1)});
#pragma once

#include <cstdint>

#include "io/output/record_table.hpp"

namespace attachsim::io::testing {

struct AllTypes {
  std::int8_t i8;
  std::int16_t i16;
  std::int32_t i32;
  std::uint32_t u32;
  std::int64_t i64;
  std::uint64_t u64;
  float f32;
  double f64;
};

/// The columns of AllTypes, named after their types.
inline RecordColumns<AllTypes> all_types_columns() {
  return {{"i8", &AllTypes::i8, "", "int8 values", "minus,zero,plus"},
          {"i16", &AllTypes::i16, "days", "int16 values"},
          {"i32", &AllTypes::i32, "", "int32 values"},
          {"u32", &AllTypes::u32, "", "uint32 values"},
          {"i64", &AllTypes::i64, "", "int64 values"},
          {"u64", &AllTypes::u64, "", "uint64 values"},
          {"f32", &AllTypes::f32, "1", "float32 values"},
          {"f64", &AllTypes::f64, "1/day", "float64 values"}};
}

/// The row at global index i: values that use each type's range, sign and precision. (The
/// Python checks compute the same values.)
inline AllTypes all_types_row(std::uint64_t i) {
  return {.i8 = static_cast<std::int8_t>(static_cast<std::int64_t>(i % 256) - 128),
          .i16 = static_cast<std::int16_t>(static_cast<std::int64_t>(i % 65536) - 32768),
          .i32 = static_cast<std::int32_t>(static_cast<std::int64_t>(i) * 7 - 1000000),
          .u32 = static_cast<std::uint32_t>(i * 2654435761u),
          .i64 = static_cast<std::int64_t>(i) * -1000000007,
          .u64 = i * 0x9E3779B97F4A7C15u,
          .f32 = static_cast<float>(i) * 0.25f,
          .f64 = static_cast<double>(i) / 3.0};
}

}  // namespace attachsim::io::testing
