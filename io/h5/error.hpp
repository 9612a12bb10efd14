// HDF5 failures as exceptions naming the call, the object and the attachsim source line, with the
// useful part of HDF5's error stack (whose own printing to stderr is switched off).
//
//   quiet_error_stack();
//   hid_t id = check_id(H5Dopen2(file, "/panel/age", H5P_DEFAULT), "H5Dopen2", "/panel/age");
//   check(H5Dwrite(...), "H5Dwrite", "/panel/age");     // throws H5Error on a negative status
#pragma once

#include <source_location>
#include <string_view>

#include <hdf5.h>

#include "sim/engine/error.hpp"

namespace attachsim::io::h5 {

/// A failed HDF5 call: "HDF5 call H5Dopen2 failed for '/panel/age' (table.cpp:42): <details>".
class H5Error : public Error {
 public:
  using Error::Error;
};

/// Turns off HDF5's printing of its error stack to stderr (failures become H5Error messages
/// instead). Idempotent; every function that opens a file calls it.
void quiet_error_stack();

/// Returns `id`, or throws H5Error naming `call` and the object `path` when it is negative.
hid_t check_id(hid_t id, std::string_view call, std::string_view path,
               std::source_location where = std::source_location::current());

/// Returns `status` (herr_t or htri_t), or throws H5Error when it is negative.
int check(int status, std::string_view call, std::string_view path,
          std::source_location where = std::source_location::current());

}  // namespace attachsim::io::h5
