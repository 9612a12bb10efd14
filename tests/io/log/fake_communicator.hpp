// A communicator that claims to be rank `rank` of `size`, for code that only asks who it is.
//
//   FakeCommunicator comm(1, 4);   // rank 1 of 4
#pragma once

#include "sim/engine/communicator.hpp"

namespace attachsim::io::testing {

/// Rank and size as given; the collectives act as if alone.
class FakeCommunicator final : public sim::Communicator {
 public:
  FakeCommunicator(int rank, int size) : rank_(rank), size_(size) {}
  int rank() const override { return rank_; }
  int size() const override { return size_; }
  sim::Tick min_all(sim::Tick local) override { return local; }
  std::uint64_t sum_all(std::uint64_t local) override { return local; }
  void sum_all(std::span<std::uint64_t>) override {}
  std::vector<std::byte> exchange(const std::vector<std::vector<std::byte>>& outgoing) override {
    return outgoing.at(static_cast<std::size_t>(rank_));
  }

 private:
  int rank_;
  int size_;
};

}  // namespace attachsim::io::testing
