// Whether an object ("/panel/age") exists in a file, checked one level at a time (H5Lexists on
// "/a/b" fails, rather than saying no, when /a is missing).
//
//   if (path_exists(file.get(), "/panel")) { ... }
#pragma once

#include <string>

#include <hdf5.h>

namespace attachsim::io::h5 {

/// True when every level of the absolute `path` ("/a/b") exists under `file`. Throws H5Error.
bool path_exists(hid_t file, const std::string& path);

}  // namespace attachsim::io::h5
