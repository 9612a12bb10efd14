// The MPI implementation of Communicator, and the RAII session that starts and ends MPI.
//
//   MpiSession mpi(argc, argv);        // MPI_Init_thread ... MPI_Finalize
//   MpiCommunicator world;             // over MPI_COMM_WORLD
#pragma once

#include <memory>
#include <optional>

#include <mpi.h>

#include "sim/engine/communicator.hpp"

namespace attachsim::sim {

/// Initializes MPI on construction and finalizes it on destruction; one per process.
class MpiSession {
 public:
  /// Calls MPI_Init_thread (funneled); throws attachsim::Error when MPI fails to start.
  MpiSession(int& argc, char**& argv);
  ~MpiSession();
  MpiSession(const MpiSession&) = delete;
  MpiSession& operator=(const MpiSession&) = delete;

  /// True when this process was started by mpirun/mpiexec (OpenMPI's environment is set).
  static bool launched_by_mpirun();
};

/// The communicator of this process: MPI's when it was launched by mpirun (starting `session`
/// first), else a local one. Throws attachsim::Error when MPI fails to start.
std::unique_ptr<Communicator> process_communicator(int& argc, char**& argv,
                                                   std::optional<MpiSession>& session);

/// Collectives over MPI_COMM_WORLD; every call checks its MPI return code.
class MpiCommunicator final : public Communicator {
 public:
  /// Binds to MPI_COMM_WORLD; MPI must be initialized.
  MpiCommunicator();
  int rank() const override { return rank_; }
  int size() const override { return size_; }
  Tick min_all(Tick local) override;
  std::uint64_t sum_all(std::uint64_t local) override;
  void sum_all(std::span<std::uint64_t> values) override;
  std::vector<std::byte> exchange(const std::vector<std::vector<std::byte>>& outgoing) override;
  /// The MPI communicator the collectives run over (for parallel I/O on the same ranks).
  MPI_Comm mpi_comm() const { return MPI_COMM_WORLD; }

 private:
  int rank_ = 0;
  int size_ = 1;
};

}  // namespace attachsim::sim
