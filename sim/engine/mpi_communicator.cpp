#include "sim/engine/mpi_communicator.hpp"

#include <cstdlib>
#include <limits>
#include <string>

#include <mpi.h>

#include "sim/engine/error.hpp"

namespace attachsim::sim {
namespace {

void check(int rc, const char* call) {
  if (rc != MPI_SUCCESS) {
    char text[MPI_MAX_ERROR_STRING];
    int len = 0;
    MPI_Error_string(rc, text, &len);
    throw Error(std::string(call) + " failed: " + std::string(text, static_cast<std::size_t>(len)));
  }
}

}  // namespace

MpiSession::MpiSession(int& argc, char**& argv) {
  int provided = 0;
  check(MPI_Init_thread(&argc, &argv, MPI_THREAD_FUNNELED, &provided), "MPI_Init_thread");
  check(MPI_Comm_set_errhandler(MPI_COMM_WORLD, MPI_ERRORS_RETURN), "MPI_Comm_set_errhandler");
}

MpiSession::~MpiSession() {
  MPI_Finalize();
}

bool MpiSession::launched_by_mpirun() {
  return std::getenv("OMPI_COMM_WORLD_SIZE") != nullptr || std::getenv("PMI_SIZE") != nullptr;
}

std::unique_ptr<Communicator> process_communicator(int& argc, char**& argv,
                                                   std::optional<MpiSession>& session) {
  if (!MpiSession::launched_by_mpirun()) return std::make_unique<LocalCommunicator>();
  session.emplace(argc, argv);
  return std::make_unique<MpiCommunicator>();
}

MpiCommunicator::MpiCommunicator() {
  check(MPI_Comm_rank(MPI_COMM_WORLD, &rank_), "MPI_Comm_rank");
  check(MPI_Comm_size(MPI_COMM_WORLD, &size_), "MPI_Comm_size");
}

Tick MpiCommunicator::min_all(Tick local) {
  static_assert(sizeof(Tick) == sizeof(std::int64_t));
  std::int64_t result = 0;
  check(MPI_Allreduce(&local, &result, 1, MPI_INT64_T, MPI_MIN, MPI_COMM_WORLD), "MPI_Allreduce");
  return result;
}

std::uint64_t MpiCommunicator::sum_all(std::uint64_t local) {
  std::uint64_t result = 0;
  check(MPI_Allreduce(&local, &result, 1, MPI_UINT64_T, MPI_SUM, MPI_COMM_WORLD), "MPI_Allreduce");
  return result;
}

void MpiCommunicator::sum_all(std::span<std::uint64_t> values) {
  check(MPI_Allreduce(MPI_IN_PLACE, values.data(), static_cast<int>(values.size()), MPI_UINT64_T,
                      MPI_SUM, MPI_COMM_WORLD),
        "MPI_Allreduce");
}

std::vector<std::byte> MpiCommunicator::exchange(
    const std::vector<std::vector<std::byte>>& outgoing) {
  const auto n = static_cast<std::size_t>(size_);
  std::vector<long long> send_counts(n), recv_counts(n);
  for (std::size_t r = 0; r < n; ++r)
    send_counts[r] = static_cast<long long>(outgoing.at(r).size());
  check(MPI_Alltoall(send_counts.data(), 1, MPI_LONG_LONG, recv_counts.data(), 1, MPI_LONG_LONG,
                     MPI_COMM_WORLD),
        "MPI_Alltoall");

  std::vector<int> sc(n), sd(n), rc(n), rd(n);
  std::vector<std::byte> send;
  for (std::size_t r = 0; r < n; ++r) {
    sc[r] = static_cast<int>(send_counts[r]);
    sd[r] = static_cast<int>(send.size());
    send.insert(send.end(), outgoing[r].begin(), outgoing[r].end());
  }
  long long total = 0;
  for (std::size_t r = 0; r < n; ++r)
    total += recv_counts[r];
  if (static_cast<long long>(send.size()) > std::numeric_limits<int>::max() ||
      total > std::numeric_limits<int>::max()) {
    throw Error(
        "MPI_Alltoallv: a window's cross-rank traffic exceeds 2 GiB; use a smaller lookahead");
  }
  total = 0;
  for (std::size_t r = 0; r < n; ++r) {
    rc[r] = static_cast<int>(recv_counts[r]);
    rd[r] = static_cast<int>(total);
    total += recv_counts[r];
  }
  std::vector<std::byte> received(static_cast<std::size_t>(total));
  check(MPI_Alltoallv(send.data(), sc.data(), sd.data(), MPI_BYTE, received.data(), rc.data(),
                      rd.data(), MPI_BYTE, MPI_COMM_WORLD),
        "MPI_Alltoallv");
  return received;
}

}  // namespace attachsim::sim
