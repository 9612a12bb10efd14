// ColumnType to and from HDF5 datatypes. Not API.
//
//   H5Dwrite(dataset, memory_type(ColumnType::int8), ...);
#pragma once

#include <optional>

#include <hdf5.h>

#include "io/output/column.hpp"

namespace attachsim::io::internal {

/// The native (in-memory) HDF5 type of a column type; a library constant, never closed.
hid_t memory_type(ColumnType type);

/// The little-endian HDF5 type stored in the file; a library constant, never closed.
hid_t file_type(ColumnType type);

/// The column type of a dataset's HDF5 type, or nullopt when it is not one of them.
std::optional<ColumnType> column_type_of_h5(hid_t type);

}  // namespace attachsim::io::internal
