#include "sim/engine/state_codec.hpp"

#include <cstdint>
#include <limits>
#include <vector>

#include <gtest/gtest.h>

namespace attachsim::sim {
namespace {

struct Pair {
  std::int32_t a = 0;
  float b = 0.0f;
  bool operator==(const Pair&) const = default;
};

ByteWriter sample() {
  ByteWriter out;
  out.write(std::uint64_t{7});
  out.write_vector(std::vector<Pair>{{1, 0.5f}, {-2, 2.5f}});
  out.write(std::int8_t{-3});
  out.write_vector(std::vector<double>{});
  return out;
}

TEST(StateCodec, ReadsBackWhatWasWrittenInOrder) {
  const ByteWriter out = sample();
  // 8 (value) + 8 (length) + 2 * 8 (pairs) + 1 + 8 (empty vector's length) bytes.
  EXPECT_EQ(out.size(), 41u);
  ByteReader in(out.bytes(), "the sample");
  EXPECT_EQ(in.read<std::uint64_t>(), 7u);
  EXPECT_EQ(in.read_vector<Pair>(), (std::vector<Pair>{{1, 0.5f}, {-2, 2.5f}}));
  EXPECT_EQ(in.read<std::int8_t>(), -3);
  EXPECT_TRUE(in.read_vector<double>().empty());
  EXPECT_EQ(in.remaining(), 0u);
  EXPECT_NO_THROW(in.expect_end());
}

// Every proper prefix of a valid buffer is caught as truncated; nothing is read past its end
// (the address sanitizer build checks the reads).
TEST(StateCodec, EveryTruncationThrowsCheckpointError) {
  const ByteWriter out = sample();
  for (std::size_t n = 0; n < out.size(); ++n) {
    SCOPED_TRACE(n);
    const std::vector<std::byte> prefix(out.bytes().begin(), out.bytes().begin() + n);
    ByteReader in(prefix, "the sample");
    EXPECT_THROW(
        {
          in.read<std::uint64_t>();
          in.read_vector<Pair>();
          in.read<std::int8_t>();
          in.read_vector<double>();
        },
        CheckpointError);
  }
}

// A corrupt length is refused before anything is allocated for it.
TEST(StateCodec, ImpossibleLengthThrowsWithoutAllocating) {
  ByteWriter out;
  out.write(std::numeric_limits<std::uint64_t>::max());
  out.write(std::uint64_t{0});
  ByteReader in(out.bytes(), "LP 3");
  try {
    in.read_vector<Pair>();
    FAIL() << "no exception";
  } catch (const CheckpointError& e) {
    EXPECT_NE(std::string(e.what()).find("LP 3 is truncated or malformed"), std::string::npos)
        << e.what();
  }
}

TEST(StateCodec, LeftoverBytesAreMalformed) {
  const ByteWriter out = sample();
  ByteReader in(out.bytes(), "the sample");
  in.read<std::uint64_t>();
  EXPECT_THROW(in.expect_end(), CheckpointError);
  EXPECT_THROW(in.fail("no reason"), CheckpointError);
}

}  // namespace
}  // namespace attachsim::sim
