// How the scheduler talks to the other ranks of a distributed run (or to nobody).
//
//   LocalCommunicator solo;             // the single-process default
//   MpiCommunicator world;              // under mpirun (sim/engine/mpi_communicator.hpp)
//   Scheduler s(model, {.num_lps = n, ..., .comm = &world});
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

#include "sim/engine/time.hpp"

namespace attachsim::sim {

/// Collective operations among the ranks of one run; every rank calls each in the same order.
class Communicator {
 public:
  virtual ~Communicator() = default;
  /// This process's rank, 0 .. size()-1.
  virtual int rank() const = 0;
  /// Number of ranks in the run.
  virtual int size() const = 0;
  /// The minimum of `local` over all ranks.
  virtual Tick min_all(Tick local) = 0;
  /// The sum (mod 2^64) of `local` over all ranks.
  virtual std::uint64_t sum_all(std::uint64_t local) = 0;
  /// Replaces each element of `values` by its sum (mod 2^64) over all ranks: exact, so the result
  /// does not depend on how the ranks' shares were split.
  virtual void sum_all(std::span<std::uint64_t> values) = 0;
  /// Sends outgoing[r] to rank r (outgoing has size() entries) and returns the bytes every rank
  /// sent to this one, concatenated in rank order.
  virtual std::vector<std::byte> exchange(const std::vector<std::vector<std::byte>>& outgoing) = 0;
};

/// The communicator of a single-process run: one rank, collectives are identities.
class LocalCommunicator final : public Communicator {
 public:
  int rank() const override { return 0; }
  int size() const override { return 1; }
  Tick min_all(Tick local) override { return local; }
  std::uint64_t sum_all(std::uint64_t local) override { return local; }
  void sum_all(std::span<std::uint64_t>) override {}
  std::vector<std::byte> exchange(const std::vector<std::vector<std::byte>>& outgoing) override {
    return outgoing.at(0);
  }
};

/// The LPs [first, last) a rank owns under an even block partition of num_lps over ranks.
struct LpRange {
  LpId first;  ///< first owned LP
  LpId last;   ///< one past the last owned LP

  /// Number of owned LPs.
  LpId count() const { return last - first; }
  /// True when lp is owned.
  bool contains(LpId lp) const { return lp >= first && lp < last; }
};

/// The block of LPs that `rank` of `ranks` owns.
constexpr LpRange block_of(LpId num_lps, int rank, int ranks) {
  const auto first = static_cast<std::uint64_t>(num_lps) * static_cast<std::uint64_t>(rank) /
                     static_cast<std::uint64_t>(ranks);
  const auto last = static_cast<std::uint64_t>(num_lps) * static_cast<std::uint64_t>(rank + 1) /
                    static_cast<std::uint64_t>(ranks);
  return {static_cast<LpId>(first), static_cast<LpId>(last)};
}

/// The rank that owns lp under block_of().
constexpr int owner_of(LpId lp, LpId num_lps, int ranks) {
  // The largest r with block_of(num_lps, r, ranks).first <= lp.
  auto r = static_cast<int>((static_cast<std::uint64_t>(lp) * static_cast<std::uint64_t>(ranks) +
                             static_cast<std::uint64_t>(ranks) - 1) /
                            num_lps);
  while (r > 0 && block_of(num_lps, r, ranks).first > lp)
    --r;
  while (r + 1 < ranks && block_of(num_lps, r + 1, ranks).first <= lp)
    ++r;
  return r;
}

}  // namespace attachsim::sim
