// Reads datasets and attributes back with plain HDF5 calls, independently of the writer's code.
//
//   std::vector<float> v = read_back<float>(path, "/all/f32");
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <type_traits>
#include <vector>

#include <hdf5.h>

namespace attachsim::io::testing {

/// The native HDF5 type of V.
template <class V>
hid_t native_type() {
  if constexpr (std::is_same_v<V, std::int8_t>) return H5T_NATIVE_INT8;
  if constexpr (std::is_same_v<V, std::int16_t>) return H5T_NATIVE_INT16;
  if constexpr (std::is_same_v<V, std::int32_t>) return H5T_NATIVE_INT32;
  if constexpr (std::is_same_v<V, std::uint32_t>) return H5T_NATIVE_UINT32;
  if constexpr (std::is_same_v<V, std::int64_t>) return H5T_NATIVE_INT64;
  if constexpr (std::is_same_v<V, std::uint64_t>) return H5T_NATIVE_UINT64;
  if constexpr (std::is_same_v<V, float>) return H5T_NATIVE_FLOAT;
  if constexpr (std::is_same_v<V, double>) return H5T_NATIVE_DOUBLE;
}

/// Every element of the 1-D dataset `dataset` in the file at `file` (empty on any failure).
template <class V>
std::vector<V> read_back(const std::filesystem::path& file, const std::string& dataset) {
  std::vector<V> values;
  const hid_t f = H5Fopen(file.c_str(), H5F_ACC_RDONLY, H5P_DEFAULT);
  const hid_t d = H5Dopen2(f, dataset.c_str(), H5P_DEFAULT);
  const hid_t s = H5Dget_space(d);
  values.resize(static_cast<std::size_t>(H5Sget_simple_extent_npoints(s)));
  if (H5Dread(d, native_type<V>(), H5S_ALL, H5S_ALL, H5P_DEFAULT, values.data()) < 0)
    values.clear();
  H5Sclose(s);
  H5Dclose(d);
  H5Fclose(f);
  return values;
}

}  // namespace attachsim::io::testing
