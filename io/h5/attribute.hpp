// Scalar attributes: text (UTF-8, variable length, so h5py reads them as str) and 64-bit integers.
//
//   write_attribute(file.get(), "format", "attachsim");
//   write_attribute(file.get(), "seed", std::uint64_t{42});
//   std::string seed = read_attribute_text(file.get(), "seed");   // "42"
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <hdf5.h>

namespace attachsim::io::h5 {

/// Writes the text attribute `name` on `object`, replacing one of that name. Collective under
/// MPI (every rank passes the same value). Throws H5Error.
void write_attribute(hid_t object, std::string_view name, std::string_view value);
/// Writes a signed 64-bit integer attribute, replacing one of that name. Throws H5Error.
void write_attribute(hid_t object, std::string_view name, std::int64_t value);
/// Writes an unsigned 64-bit integer attribute, replacing one of that name. Throws H5Error.
void write_attribute(hid_t object, std::string_view name, std::uint64_t value);

/// True when `object` has an attribute `name`. Throws H5Error.
bool has_attribute(hid_t object, std::string_view name);
/// A scalar string, integer or float attribute as text (numbers in decimal). Throws H5Error when
/// it is missing or of another kind.
std::string read_attribute_text(hid_t object, std::string_view name);
/// The names of the attributes on `object`, sorted. Throws H5Error.
std::vector<std::string> attribute_names(hid_t object);

/// The path of `object` in its file ("/panel/age"), for messages; "?" when it has none.
std::string object_path(hid_t object);

}  // namespace attachsim::io::h5
