// The hold model for choosing the per-LP event queue: keep N events pending; each step pops the
// earliest and pushes one at its time plus an exponential delay. Compares d-ary heaps (d = 2, 4,
// 8) with std::priority_queue at the queue sizes LPs hold (PHOLD: 1-16; the model: tens).
#include <cstdint>
#include <queue>
#include <vector>

#include <benchmark/benchmark.h>

#include "sim/engine/event_queue.hpp"
#include "sim/engine/rng.hpp"

namespace {

using attachsim::sim::Event;
using attachsim::sim::EventQueue;
using attachsim::sim::RandomStream;
using attachsim::sim::Tick;

struct Payload {
  std::uint64_t value;
};
using Ev = Event<Payload>;

struct Later {
  bool operator()(const Ev& a, const Ev& b) const { return attachsim::sim::precedes(b, a); }
};

// Adapts std::priority_queue to the EventQueue interface.
class StdQueue {
 public:
  bool empty() const { return q_.empty(); }
  const Ev& top() const { return q_.top(); }
  void push(const Ev& e) { q_.push(e); }
  void pop() { q_.pop(); }

 private:
  std::priority_queue<Ev, std::vector<Ev>, Later> q_;
};

template <class Queue>
void hold(benchmark::State& state) {
  const auto n = static_cast<std::uint64_t>(state.range(0));
  // Delays are drawn up front so that the loop times the queue, not the logarithm.
  std::uint64_t counter = 0, seq = 0;
  RandomStream rng(1, 1, 1, counter);
  std::vector<Tick> delays(4096);
  for (Tick& d : delays)
    d = static_cast<Tick>(rng.exponential(1e6));
  Queue q;
  for (std::uint64_t i = 0; i < n; ++i)
    q.push(Ev{delays[i % delays.size()], 0, 0, seq++, {i}});
  std::size_t next = 0;
  for (auto _ : state) {
    const Ev e = q.top();
    q.pop();
    q.push(Ev{e.time + delays[next], 0, 0, seq++, e.payload});
    next = (next + 1) & (delays.size() - 1);
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()));
}

#define QUEUE_SIZES ->Arg(1)->Arg(4)->Arg(16)->Arg(64)->Arg(1024)->Arg(16384)
BENCHMARK(hold<EventQueue<Payload, 2>>) QUEUE_SIZES;
BENCHMARK(hold<EventQueue<Payload, 4>>) QUEUE_SIZES;
BENCHMARK(hold<EventQueue<Payload, 8>>) QUEUE_SIZES;
BENCHMARK(hold<StdQueue>) QUEUE_SIZES;

}  // namespace
