#include "io/output/internal/h5_types.hpp"

#include <array>

namespace attachsim::io::internal {
namespace {

constexpr std::array kAllTypes = {ColumnType::int8,    ColumnType::int16,  ColumnType::int32,
                                  ColumnType::uint32,  ColumnType::int64,  ColumnType::uint64,
                                  ColumnType::float32, ColumnType::float64};

}  // namespace

hid_t memory_type(ColumnType type) {
  switch (type) {
    case ColumnType::int8:
      return H5T_NATIVE_INT8;
    case ColumnType::int16:
      return H5T_NATIVE_INT16;
    case ColumnType::int32:
      return H5T_NATIVE_INT32;
    case ColumnType::uint32:
      return H5T_NATIVE_UINT32;
    case ColumnType::int64:
      return H5T_NATIVE_INT64;
    case ColumnType::uint64:
      return H5T_NATIVE_UINT64;
    case ColumnType::float32:
      return H5T_NATIVE_FLOAT;
    case ColumnType::float64:
      return H5T_NATIVE_DOUBLE;
  }
  return H5I_INVALID_HID;
}

hid_t file_type(ColumnType type) {
  switch (type) {
    case ColumnType::int8:
      return H5T_STD_I8LE;
    case ColumnType::int16:
      return H5T_STD_I16LE;
    case ColumnType::int32:
      return H5T_STD_I32LE;
    case ColumnType::uint32:
      return H5T_STD_U32LE;
    case ColumnType::int64:
      return H5T_STD_I64LE;
    case ColumnType::uint64:
      return H5T_STD_U64LE;
    case ColumnType::float32:
      return H5T_IEEE_F32LE;
    case ColumnType::float64:
      return H5T_IEEE_F64LE;
  }
  return H5I_INVALID_HID;
}

std::optional<ColumnType> column_type_of_h5(hid_t type) {
  for (const ColumnType candidate : kAllTypes)
    if (H5Tequal(type, file_type(candidate)) > 0 || H5Tequal(type, memory_type(candidate)) > 0)
      return candidate;
  return std::nullopt;
}

}  // namespace attachsim::io::internal
