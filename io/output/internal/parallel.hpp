// The MPI side of parallel HDF5: access and transfer properties, and row counts over ranks.
// Not API.
//
//   h5::PropList access = file_access(comm);   // MPI-IO when comm has several ranks
#pragma once

#include <cstdint>
#include <vector>

#include "io/h5/handle.hpp"
#include "sim/engine/communicator.hpp"

namespace attachsim::io::internal {

/// True when a file for `comm` is written in parallel (MPI-IO): more than one rank.
bool is_parallel(const sim::Communicator& comm);

/// File access properties: MPI-IO over comm's MPI communicator when parallel, the default
/// (serial) driver otherwise. Throws OutputError when comm has several ranks but no MPI
/// communicator, H5Error when HDF5 fails.
h5::PropList file_access(sim::Communicator& comm);

/// Dataset transfer properties: collective MPI-IO when parallel, the defaults otherwise.
h5::PropList transfer(bool parallel);

/// Every rank's `local`, in rank order (collective).
std::vector<std::uint64_t> gather_counts(sim::Communicator& comm, std::uint64_t local);

}  // namespace attachsim::io::internal
