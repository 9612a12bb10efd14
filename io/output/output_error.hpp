// The error of an output file that cannot be written as asked (not an HDF5 failure).
//
//   try { OutputFile::create("missing/dir/run.h5", p, comm); }
//   catch (const OutputError& e) { ... }   // "cannot create missing/dir/run.h5: no directory ..."
#pragma once

#include "sim/engine/error.hpp"

namespace attachsim::io {

/// A missing output directory, a file that is not attachsim output, a table whose columns do
/// not match, or a write after commit(). Failing HDF5 calls throw h5::H5Error instead.
class OutputError : public Error {
 public:
  using Error::Error;
};

}  // namespace attachsim::io
