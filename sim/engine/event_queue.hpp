// A d-ary min-heap over events in commitment order: the per-LP future event set.
//
//   EventQueue<Ping> q;          // 4-ary by default
//   q.push(e); q.top(); q.pop(); // top() and pop() require !empty()
//
// The arity was chosen by measurement (bench/event_queue_bench.cpp, see docs/engine.md):
// 4-ary beat binary and 8-ary heaps and std::priority_queue for the queue sizes LPs hold.
#pragma once

#include <cassert>
#include <cstddef>
#include <utility>
#include <vector>

#include "sim/engine/event.hpp"

namespace attachsim::sim {

/// Min-heap of events ordered by precedes(); Arity children per node.
template <class Payload, std::size_t Arity = 4>
class EventQueue {
  static_assert(Arity >= 2, "a heap needs at least two children per node");

 public:
  using value_type = Event<Payload>;

  /// True when no event is pending.
  bool empty() const { return items_.empty(); }
  /// Number of pending events.
  std::size_t size() const { return items_.size(); }
  /// Number of events the queue holds room for.
  std::size_t capacity() const { return items_.capacity(); }
  /// The earliest pending event; the queue must not be empty.
  const value_type& top() const {
    assert(!items_.empty() && "top() of an empty event queue");
    return items_.front();
  }
  /// The pending events in heap order (not commitment order), for checkpoints.
  const std::vector<value_type>& items() const { return items_; }

  /// Adds an event. The room grows by a quarter, not double: a population's queues hold many
  /// events, and the peak is what counts.
  void push(const value_type& event) {
    if (items_.size() == items_.capacity()) items_.reserve(items_.size() + items_.size() / 4 + 8);
    items_.push_back(event);
    sift_up(items_.size() - 1);
  }

  /// Removes the earliest event; the queue must not be empty.
  void pop() {
    assert(!items_.empty() && "pop() of an empty event queue");
    items_.front() = items_.back();
    items_.pop_back();
    if (!items_.empty()) sift_down(0);
  }

  /// Replaces the earliest event by `event`: a pop and a push in one sift. The queue must not
  /// be empty.
  void replace_top(const value_type& event) {
    assert(!items_.empty() && "replace_top() of an empty event queue");
    items_.front() = event;
    sift_down(0);
  }

  /// The earliest event after the top; the queue must hold at least two.
  const value_type& second() const {
    assert(items_.size() >= 2 && "second() of a queue with fewer than two events");
    return items_[earliest_child(0)];
  }

  /// Removes every event.
  void clear() { items_.clear(); }

 private:
  void sift_up(std::size_t i) {
    value_type moving = items_[i];
    while (i > 0) {
      const std::size_t parent = (i - 1) / Arity;
      if (!precedes(moving, items_[parent])) break;
      items_[i] = items_[parent];
      i = parent;
    }
    items_[i] = moving;
  }

  // The earliest of node i's children; i must have at least one. A node with all Arity children
  // (the common case) takes a loop of fixed length, which the compiler unrolls.
  std::size_t earliest_child(std::size_t i) const {
    const std::size_t n = items_.size();
    const std::size_t first = i * Arity + 1;
    const std::size_t count = first + Arity <= n ? Arity : n - first;
    std::size_t best = first;
    if (count == Arity) {
      for (std::size_t c = first + 1; c < first + Arity; ++c)
        best = precedes(items_[c], items_[best]) ? c : best;
    } else {
      for (std::size_t c = first + 1; c < first + count; ++c)
        best = precedes(items_[c], items_[best]) ? c : best;
    }
    return best;
  }

  void sift_down(std::size_t i) {
    const std::size_t n = items_.size();
    value_type moving = items_[i];
    for (;;) {
      if (i * Arity + 1 >= n) break;
      const std::size_t best = earliest_child(i);
      if (!precedes(items_[best], moving)) break;
      items_[i] = items_[best];
      i = best;
    }
    items_[i] = moving;
  }

  std::vector<value_type> items_;
};

}  // namespace attachsim::sim
