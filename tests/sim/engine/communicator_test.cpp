#include "sim/engine/communicator.hpp"

#include <gtest/gtest.h>

namespace attachsim::sim {
namespace {

// Blocks tile [0, n) without gaps or overlaps, and owner_of inverts block_of.
TEST(BlockPartition, TilesTheLpsAndOwnerOfInvertsIt) {
  for (LpId n : {1u, 2u, 3u, 7u, 100u, 16384u}) {
    for (int ranks = 1; ranks <= static_cast<int>(std::min<LpId>(n, 9)); ++ranks) {
      SCOPED_TRACE(testing::Message() << "n=" << n << " ranks=" << ranks);
      LpId expected_first = 0;
      for (int r = 0; r < ranks; ++r) {
        const LpRange b = block_of(n, r, ranks);
        EXPECT_EQ(b.first, expected_first);
        EXPECT_GE(b.count(), n / static_cast<LpId>(ranks));
        EXPECT_LE(b.count(), n / static_cast<LpId>(ranks) + 1);
        for (LpId lp = b.first; lp < b.last; ++lp)
          ASSERT_EQ(owner_of(lp, n, ranks), r);
        expected_first = b.last;
      }
      EXPECT_EQ(expected_first, n);
    }
  }
}

TEST(LocalCommunicator, IsOneRankWithIdentityCollectives) {
  LocalCommunicator c;
  EXPECT_EQ(c.rank(), 0);
  EXPECT_EQ(c.size(), 1);
  EXPECT_EQ(c.min_all(42), 42);
  EXPECT_EQ(c.sum_all(7u), 7u);
  const std::vector<std::byte> bytes{std::byte{1}, std::byte{2}};
  EXPECT_EQ(c.exchange({bytes}), bytes);
}

}  // namespace
}  // namespace attachsim::sim
