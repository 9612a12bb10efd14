#include "io/output/column.hpp"

namespace attachsim::io {

std::string_view column_type_name(ColumnType type) {
  switch (type) {
    case ColumnType::int8:
      return "int8";
    case ColumnType::int16:
      return "int16";
    case ColumnType::int32:
      return "int32";
    case ColumnType::uint32:
      return "uint32";
    case ColumnType::int64:
      return "int64";
    case ColumnType::uint64:
      return "uint64";
    case ColumnType::float32:
      return "float32";
    case ColumnType::float64:
      return "float64";
  }
  return "?";
}

}  // namespace attachsim::io
