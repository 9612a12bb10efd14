#include "io/output/internal/parallel.hpp"

#include <cstring>

#include "io/output/output_error.hpp"
#include "sim/engine/mpi_communicator.hpp"

namespace attachsim::io::internal {

bool is_parallel(const sim::Communicator& comm) {
  return comm.size() > 1;
}

h5::PropList file_access(sim::Communicator& comm) {
  h5::PropList access(h5::check_id(H5Pcreate(H5P_FILE_ACCESS), "H5Pcreate", "file access"));
  if (!is_parallel(comm)) return access;
  const auto* mpi = dynamic_cast<const sim::MpiCommunicator*>(&comm);
  if (mpi == nullptr)
    throw OutputError("parallel output needs an MpiCommunicator (this run has " +
                      std::to_string(comm.size()) + " ranks but no MPI communicator)");
  h5::check(H5Pset_fapl_mpio(access.get(), mpi->mpi_comm(), MPI_INFO_NULL), "H5Pset_fapl_mpio",
            "file access");
  return access;
}

h5::PropList transfer(bool parallel) {
  h5::PropList properties(
      h5::check_id(H5Pcreate(H5P_DATASET_XFER), "H5Pcreate", "dataset transfer"));
  if (parallel) {
    h5::check(H5Pset_dxpl_mpio(properties.get(), H5FD_MPIO_COLLECTIVE), "H5Pset_dxpl_mpio",
              "dataset transfer");
  }
  return properties;
}

std::vector<std::uint64_t> gather_counts(sim::Communicator& comm, std::uint64_t local) {
  std::vector<std::byte> bytes(sizeof local);
  std::memcpy(bytes.data(), &local, sizeof local);
  const std::vector<std::vector<std::byte>> outgoing(static_cast<std::size_t>(comm.size()), bytes);
  const std::vector<std::byte> received = comm.exchange(outgoing);
  std::vector<std::uint64_t> counts(received.size() / sizeof local);
  std::memcpy(counts.data(), received.data(), counts.size() * sizeof local);
  return counts;
}

}  // namespace attachsim::io::internal
