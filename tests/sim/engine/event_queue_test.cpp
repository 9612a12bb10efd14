#include "sim/engine/event_queue.hpp"

#include <algorithm>
#include <cstdint>
#include <random>
#include <vector>

#include <gtest/gtest.h>

namespace attachsim::sim {
namespace {

struct Tag {
  std::uint64_t value;
};
using Ev = Event<Tag>;

Ev make(Tick time, LpId source, std::uint64_t seq) {
  return {time, 0, source, seq, {seq}};
}

// Pushes a random event at `from` + [0, spread) onto both the queue and its mirror.
void push_random(EventQueue<Tag>& q, std::vector<Ev>& mirror, std::mt19937_64& gen, Tick from,
                 Tick spread, std::uint64_t& seq) {
  const Ev e = make(from + static_cast<Tick>(gen() % static_cast<std::uint64_t>(spread)),
                    static_cast<LpId>(gen() % 4), seq++);
  q.push(e);
  mirror.push_back(e);
}

template <std::size_t Arity>
void expect_sorted_drain(std::vector<Ev> input) {
  EventQueue<Tag, Arity> q;
  for (const Ev& e : input)
    q.push(e);
  std::sort(input.begin(), input.end(), precedes<Tag>);
  for (const Ev& expected : input) {
    ASSERT_FALSE(q.empty());
    EXPECT_EQ(q.top().time, expected.time);
    EXPECT_EQ(q.top().source, expected.source);
    EXPECT_EQ(q.top().seq, expected.seq);
    q.pop();
  }
  EXPECT_TRUE(q.empty());
}

TEST(EventQueue, StartsEmpty) {
  EventQueue<Tag> q;
  EXPECT_TRUE(q.empty());
  EXPECT_EQ(q.size(), 0u);
}

// Simultaneous events leave the queue by source, then by the source's sequence number.
TEST(EventQueue, BreaksTimeTiesBySourceThenSequence) {
  EventQueue<Tag> q;
  q.push(make(5, 2, 0));
  q.push(make(5, 1, 9));
  q.push(make(5, 1, 3));
  q.push(make(4, 7, 0));
  std::vector<std::pair<LpId, std::uint64_t>> order;
  while (!q.empty()) {
    order.emplace_back(q.top().source, q.top().seq);
    q.pop();
  }
  const std::vector<std::pair<LpId, std::uint64_t>> expected{{7, 0}, {1, 3}, {1, 9}, {2, 0}};
  EXPECT_EQ(order, expected);
}

// Random inputs with many equal times drain in exactly sorted order for every arity.
TEST(EventQueue, DrainsInCommitmentOrderForEveryArity) {
  std::mt19937_64 gen(42);
  for (int trial = 0; trial < 20; ++trial) {
    SCOPED_TRACE(trial);
    std::vector<Ev> input;
    const int n = 1 + static_cast<int>(gen() % 500);
    for (int i = 0; i < n; ++i) {
      input.push_back(make(static_cast<Tick>(gen() % 20), static_cast<LpId>(gen() % 5),
                           static_cast<std::uint64_t>(i)));
    }
    expect_sorted_drain<2>(input);
    expect_sorted_drain<4>(input);
    expect_sorted_drain<8>(input);
  }
}

// Interleaved pushes and pops (the hold model) always pop the minimum of what is inside.
TEST(EventQueue, InterleavedPushPopAlwaysYieldsTheMinimum) {
  std::mt19937_64 gen(7);
  EventQueue<Tag> q;
  std::vector<Ev> mirror;
  std::uint64_t seq = 0;
  for (int step = 0; step < 5000; ++step) {
    if (mirror.empty() || gen() % 3 != 0) {
      push_random(q, mirror, gen, 0, 100, seq);
    } else {
      const auto it = std::min_element(mirror.begin(), mirror.end(), precedes<Tag>);
      ASSERT_EQ(q.top().seq, it->seq);
      q.pop();
      mirror.erase(it);
    }
    ASSERT_EQ(q.size(), mirror.size());
  }
}

// The engine handles the top in place and lets the first event it schedules replace it; second()
// names the event after the top (for the prefetch hint). Against a sorted mirror, in a hold model.
TEST(EventQueue, ReplaceTopAndSecondAgreeWithASortedMirror) {
  std::mt19937_64 gen(11);
  EventQueue<Tag> q;
  std::vector<Ev> mirror;
  std::uint64_t seq = 0;
  for (int k = 0; k < 50; ++k)
    push_random(q, mirror, gen, 0, 100, seq);
  for (int step = 0; step < 5000; ++step) {
    std::sort(mirror.begin(), mirror.end(), precedes<Tag>);
    ASSERT_EQ(q.top().seq, mirror[0].seq);
    ASSERT_EQ(q.second().seq, mirror[1].seq);
    const Ev later =
        make(mirror[0].time + static_cast<Tick>(gen() % 50), static_cast<LpId>(gen() % 4), seq++);
    q.replace_top(later);
    mirror[0] = later;
    ASSERT_EQ(q.size(), mirror.size());
  }
}

}  // namespace
}  // namespace attachsim::sim
