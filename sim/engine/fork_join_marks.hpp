// Happens-before marks around parallel loops for ThreadSanitizer builds.
//
// Debian's libtbb is not instrumented, so ThreadSanitizer cannot see that a parallel_for's tasks
// start after the code before it and end before the code after it, and reports false races on
// the scheduler's own data. These marks make the fork and join visible with atomics TSan
// understands. Outside TSan builds every member is empty and compiles to nothing.
#pragma once

#include <atomic>

namespace attachsim::sim {

#if defined(__SANITIZE_THREAD__)
/// Records fork and join edges as release/acquire pairs on one atomic.
class ForkJoinMarks {
 public:
  /// Before a parallel loop, on the calling thread.
  void fork() { epoch_.fetch_add(1, std::memory_order_release); }
  /// At the start of every task.
  void task_start() { (void)epoch_.load(std::memory_order_acquire); }
  /// At the end of every task.
  void task_end() { epoch_.fetch_add(1, std::memory_order_release); }
  /// After the parallel loop, on the calling thread.
  void join() { (void)epoch_.load(std::memory_order_acquire); }

 private:
  std::atomic<unsigned> epoch_{0};
};
#else
/// Empty outside ThreadSanitizer builds: libtbb's own synchronization suffices.
class ForkJoinMarks {
 public:
  /// No-op.
  void fork() {}
  /// No-op.
  void task_start() {}
  /// No-op.
  void task_end() {}
  /// No-op.
  void join() {}
};
#endif

}  // namespace attachsim::sim
