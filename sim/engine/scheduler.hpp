// The deterministic parallel event scheduler: conservative time windows over logical processes.
//
//   struct Ping { std::uint64_t hops; };
//   struct PingModel {
//     using Payload = Ping;
//     void initialize(LpContext<Ping>& ctx) { ctx.schedule(ctx.lp(), 1, {0}); }
//     void handle(LpContext<Ping>& ctx, const Event<Ping>& e) { ... ctx.schedule(...); }
//   };
//   PingModel model;
//   Scheduler<PingModel> s(model, {.num_lps = 64, .lookahead = 10, .end_time = 1000, .threads =
//   2}); RunStats stats = s.run();   // s.digest() is the same for every thread and rank count
//
// A model may also define `void prefetch(LpId lp, const Event<Payload>& next)`: before each event
// runs, it is told the LP's next queued event, to start loading what that event will touch. And
// `void warm(LpId lp)`: before an LP runs its events of a window, to start loading its state in
// one sweep (a large population's state falls out of the cache between windows).
//
// Checkpoints: after run_until(t), settle() and save_lp() each LP; a fresh scheduler (any thread
// or rank count) load_lp()s them and resume_from()s the stats, then runs on (docs/engine.md).
//
// Time advances in windows [start, start + lookahead). Within a window every owned LP with an
// event in the window runs its events in commitment order, in parallel on oneTBB with work
// stealing over LPs. An event for another LP must be at least `lookahead` ahead of the sender's
// clock, so it can never fall inside the current window: it waits in the sending thread's outbox
// (or, for another rank, in a send buffer exchanged with MPI), is sorted at the barrier into the
// mail bag of the target's block, and joins the target's queue when that block next runs. Every
// event key is unique (see event.hpp), so each LP's commitment order is fixed by the set of events
// it receives, whatever order they arrive in: the run is the same for any thread count, any
// LP-to-thread assignment and any rank count.
#pragma once

#include <algorithm>
#include <array>
#include <atomic>
#include <cassert>
#include <chrono>
#include <concepts>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <limits>
#include <memory>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include <tbb/blocked_range.h>
#include <tbb/parallel_for.h>
#include <tbb/partitioner.h>
#include <tbb/task_arena.h>

#include "sim/engine/communicator.hpp"
#include "sim/engine/digest.hpp"
#include "sim/engine/error.hpp"
#include "sim/engine/event.hpp"
#include "sim/engine/event_queue.hpp"
#include "sim/engine/fork_join_marks.hpp"
#include "sim/engine/observer.hpp"
#include "sim/engine/state_codec.hpp"
#include "sim/engine/time.hpp"

namespace attachsim::sim {

/// How owned LPs are split into tasks within a window.
enum class Partitioning {
  affinity,   ///< oneTBB's affinity_partitioner: blocks stay on the thread that ran them last
              ///< window (warm caches), and are stolen when load is uneven
  automatic,  ///< oneTBB's auto_partitioner: work stealing over ranges of blocks
  simple,     ///< one block of `grain` LPs per task, stolen freely
  fixed,      ///< static_partitioner: one contiguous block per thread, no stealing
};

/// Everything the scheduler needs to know before it runs.
struct SchedulerConfig {
  LpId num_lps = 0;       ///< LPs in the whole run (all ranks)
  Tick lookahead = 0;     ///< window width; the minimum cross-LP delay (> 0)
  Tick end_time = 0;      ///< last time at which events commit (inclusive)
  int threads = 1;        ///< oneTBB worker threads on this rank (>= 1)
  std::size_t grain = 0;  ///< LPs per block (the unit of work); 0 picks one
  Partitioning partitioning = Partitioning::affinity;  ///< task split over LPs
  std::uint64_t seed = 0;        ///< run seed, handed to the model through the context
  Communicator* comm = nullptr;  ///< other ranks; nullptr means a single process
  /// When set to true (on any rank), every rank returns from run() at the same barrier soon after.
  const std::atomic<bool>* stop = nullptr;
};

/// What a run did; counts are summed over all ranks.
struct RunStats {
  std::uint64_t committed_events = 0;  ///< events handled
  std::uint64_t windows = 0;           ///< synchronization windows executed
  double wall_seconds = 0.0;           ///< elapsed real time inside run()/run_until()
  Tick now = 0;                        ///< every event before this time has committed
  bool stopped = false;                ///< true when the stop flag ended the run early

  /// Committed events per wall-clock second (0 when no time elapsed).
  double events_per_second() const {
    return wall_seconds > 0.0 ? static_cast<double>(committed_events) / wall_seconds : 0.0;
  }
};

template <class M>
class Scheduler;

namespace detail {

/// One LP's engine-side state: its future events and its counters.
template <class Payload>
struct LpSlot {
  EventQueue<Payload> queue;
  std::uint64_t next_seq = 0;   // sequence number of the next event this LP sends
  std::uint64_t committed = 0;  // events this LP has handled
  std::uint64_t digest = 0;     // order-sensitive hash of the handled events
  bool top_handled = false;     // the queue's top is the event being handled (not yet removed)
};

/// One worker thread's tallies and outgoing mail. Mail for LPs of this rank is sorted by target
/// block as it is sent, into the bag of the current window's parity; the target blocks take it
/// from there in the next window, while new mail goes to the other parity's bags.
template <class Payload>
struct alignas(64) WorkerTally {
  Tick earliest = kNever;                                        // earliest pending or sent time
  std::uint64_t committed = 0;                                   // events handled this window
  std::array<std::vector<std::vector<Event<Payload>>>, 2> mail;  // [parity][target block]
  std::vector<std::vector<Event<Payload>>> to_rank;              // for LPs of other ranks
};

}  // namespace detail

/// The handle a model gets for the LP it is running: the clock, the LP's identity and the only
/// way to schedule events. Valid only inside initialize()/handle().
template <class Payload>
class LpContext {
 public:
  /// The current time: the time of the event being handled (the start time in initialize()).
  Tick now() const { return now_; }
  /// The LP being run.
  LpId lp() const { return lp_; }
  /// The run seed (for keying random streams).
  std::uint64_t seed() const { return seed_; }
  /// The minimum delay of an event for another LP.
  Tick lookahead() const { return lookahead_; }
  /// LPs in the whole run.
  LpId num_lps() const { return num_lps_; }

  /// Schedules `payload` for LP `target` at `time`. Throws CausalityViolation when time < now()
  /// or the target does not exist, and LookaheadViolation when another LP is targeted sooner than
  /// now() + lookahead().
  void schedule(LpId target, Tick time, const Payload& payload) {
    if (time < now_ || target >= num_lps_) [[unlikely]] {
      throw CausalityViolation("LP " + std::to_string(lp_) + " at t=" + std::to_string(now_) +
                               " scheduled an event for LP " + std::to_string(target) +
                               " at t=" + std::to_string(time) + " (" +
                               (target >= num_lps_ ? "no such LP" : "in the past") + ")");
    }
    const Event<Payload> event{time, target, lp_, slot_->next_seq++, payload};
    if (target == lp_) {
      // The event being handled still sits at the top: the first event the LP schedules for
      // itself takes its place (one sift instead of a pop and a push).
      if (std::exchange(slot_->top_handled, false)) {
        slot_->queue.replace_top(event);
      } else {
        slot_->queue.push(event);
      }
      return;
    }
    if (time < now_ + lookahead_) [[unlikely]] {
      throw LookaheadViolation("LP " + std::to_string(lp_) + " at t=" + std::to_string(now_) +
                               " scheduled an event for LP " + std::to_string(target) +
                               " at t=" + std::to_string(time) + ", sooner than the lookahead " +
                               std::to_string(lookahead_));
    }
    post_(owner_, event, *tally_);
  }

 private:
  template <class M>
  friend class Scheduler;
  using PostFn = void (*)(void* owner, const Event<Payload>&, detail::WorkerTally<Payload>&);

  Tick now_ = 0;
  LpId lp_ = 0;
  LpId num_lps_ = 0;
  Tick lookahead_ = 0;
  std::uint64_t seed_ = 0;
  detail::LpSlot<Payload>* slot_ = nullptr;
  detail::WorkerTally<Payload>* tally_ = nullptr;
  void* owner_ = nullptr;
  PostFn post_ = nullptr;
};

/// What a model must provide: a payload type, and initialize/handle for one LP at a time. A
/// model must touch only the state of the LP it is given: that is what makes LPs parallel.
template <class M>
concept Model = EventPayload<typename M::Payload> &&
    requires(M& m, LpContext<typename M::Payload>& ctx, const Event<typename M::Payload>& e) {
  m.initialize(ctx);
  m.handle(ctx, e);
};

/// The event engine. Runs `Model` over the LPs this rank owns; see the file comment.
template <class M>
class Scheduler {
 public:
  using Payload = typename M::Payload;
  using EventType = Event<Payload>;

  /// Checks the configuration (throws SchedulerConfigError) and sets up the owned LPs; the model
  /// is initialized on the first run.
  Scheduler(M& model, SchedulerConfig config)
      : model_(model),
        config_(config),
        comm_(config.comm != nullptr ? config.comm : &local_comm_),
        range_(check(config_, *comm_)),
        slots_(range_.count()),
        next_time_(range_.count(), kNever),
        block_size_(pick_block_size()),
        blocks_((slots_.size() + block_size_ - 1) / block_size_),
        from_ranks_(blocks_),
        arena_(config_.threads),
        workers_(static_cast<std::size_t>(config_.threads)) {
    for (auto& w : workers_) {
      for (auto& bags : w.mail)
        bags.resize(blocks_);
      w.to_rank.resize(static_cast<std::size_t>(comm_->size()));
    }
  }

  /// Adds an observer, called at the barriers it asks for; it must outlive the scheduler.
  void add_observer(Observer& observer) { observers_.push_back(&observer); }

  /// Runs every event up to and including the end time, then makes the observations that fall at
  /// or before end_time + 1.
  RunStats run() { return run_until(config_.end_time + 1); }

  /// Runs every event before `until` (clamped to end_time + 1) and stops at that barrier.
  /// Returns cumulative statistics; stats.stopped is true when the stop flag cut it short: the
  /// ranks agree on a stop at a window's barrier, and return at the next one before `until`.
  RunStats run_until(Tick until) {
    const auto started = std::chrono::steady_clock::now();
    until = std::min(until, config_.end_time + 1);
    if (!initialized_) initialize();
    stats_.stopped = false;
    for (;;) {
      const Tick observe_at = observe_due(std::min(next_, until));
      if (next_ >= until) break;
      if (std::exchange(stop_agreed_, false)) {
        stats_.stopped = true;
        break;
      }
      const Tick window_end = std::min({next_ + config_.lookahead, until, observe_at});
      run_window(window_end);
      stats_.now = window_end;
    }
    if (!stats_.stopped) stats_.now = std::max(stats_.now, std::min(next_, until));
    stats_.wall_seconds += seconds_since(started);
    RunStats out = stats_;
    out.committed_events = comm_->sum_all(stats_.committed_events);
    return out;
  }

  /// The bytes the event queues of this rank's LPs hold, with their room (memory accounting).
  std::size_t queue_bytes() const {
    std::size_t bytes = 0;
    for (const auto& slot : slots_)
      bytes += slot.queue.capacity() * sizeof(EventType);
    return bytes;
  }

  /// Moves the events delivered to owned LPs but not yet taken into their queues, so that every
  /// pending event is in its LP's queue (as save_lp() needs). Call between runs only.
  void settle() {
    for (std::size_t b = 0; b < blocks_; ++b)
      take_mail(b);
  }

  /// Appends the engine state of owned LP `lp` to `out`: its pending events in commitment order
  /// (so the bytes do not depend on the thread count), and its counters. Call settle() first.
  /// Throws CausalityViolation when lp is not owned.
  void save_lp(LpId lp, ByteWriter& out) const {
    const auto& s = slot(lp);
    assert(mail_taken((lp - range_.first) / block_size_) && "save_lp() before settle()");
    std::vector<EventType> pending = s.queue.items();
    std::sort(pending.begin(), pending.end(), precedes<Payload>);
    out.write_vector(pending);
    out.write(s.next_seq);
    out.write(s.committed);
    out.write(s.digest);
  }

  /// Restores owned LP `lp` from what save_lp() wrote (to a scheduler of the same run, before it
  /// runs; then call resume_from()). Throws CausalityViolation when lp is not owned,
  /// CheckpointError when the bytes are malformed or hold another LP's events.
  void load_lp(LpId lp, ByteReader& in) {
    const std::size_t i = slot_index(lp);
    auto& s = slots_[i];
    s.queue.clear();
    for (const EventType& e : in.read_vector<EventType>()) {
      if (e.target != lp || e.source >= config_.num_lps || e.time < 0 || e.time == kNever) {
        in.fail("a pending event of LP " + std::to_string(lp) + " is for LP " +
                std::to_string(e.target) + " from LP " + std::to_string(e.source) +
                " at t=" + std::to_string(e.time));
      }
      s.queue.push(e);
    }
    s.next_seq = in.read<std::uint64_t>();
    s.committed = in.read<std::uint64_t>();
    s.digest = in.read<std::uint64_t>();
    next_time_[i] = s.queue.empty() ? kNever : s.queue.top().time;
  }

  /// Continues a run whose LPs were restored with load_lp(): takes the clock, window count and
  /// wall time of `stats` (as run_until() returned them when the state was saved), marks the
  /// model initialized and finds the earliest pending event. Collective. Throws CheckpointError
  /// when the restored LPs' committed events do not add up to stats.committed_events.
  void resume_from(const RunStats& stats) {
    std::uint64_t committed = 0;
    Tick earliest = kNever;
    for (std::size_t i = 0; i < slots_.size(); ++i) {
      committed += slots_[i].committed;
      earliest = std::min(earliest, next_time_[i]);
    }
    const std::uint64_t total = comm_->sum_all(committed);
    if (total != stats.committed_events) {
      throw CheckpointError("the restored LPs have handled " + std::to_string(total) +
                            " events, the saved run " + std::to_string(stats.committed_events));
    }
    stats_ = stats;
    stats_.committed_events = committed;
    stats_.stopped = false;
    initialized_ = true;
    next_ = comm_->min_all(earliest);
  }

  /// Digest of every committed event sequence, per LP, over all ranks: equal for equal runs.
  std::uint64_t digest() const {
    std::uint64_t sum = 0;
    for (LpId i = 0; i < range_.count(); ++i)
      sum += lp_digest_term(range_.first + i, slots_[i].digest);
    return comm_->sum_all(sum);
  }

  /// The order-sensitive hash of the events LP `lp` (owned by this rank) has handled.
  std::uint64_t lp_digest(LpId lp) const { return slot(lp).digest; }
  /// Number of events LP `lp` (owned by this rank) has handled.
  std::uint64_t lp_committed(LpId lp) const { return slot(lp).committed; }
  /// The LPs this rank owns.
  LpRange owned() const { return range_; }
  /// The configuration in force.
  const SchedulerConfig& config() const { return config_; }
  /// The communicator in use (a local one when the config named none).
  Communicator& comm() { return *comm_; }

 private:
  static LpRange check(const SchedulerConfig& c, const Communicator& comm) {
    auto fail = [](const std::string& what) { throw SchedulerConfigError("scheduler: " + what); };
    if (c.num_lps == 0) fail("num_lps must be at least 1");
    if (c.lookahead <= 0) fail("lookahead must be positive, got " + std::to_string(c.lookahead));
    if (c.end_time < 0 || c.end_time >= kNever - c.lookahead) {
      fail("end_time must be in [0, " + std::to_string(kNever - c.lookahead) + "), got " +
           std::to_string(c.end_time));
    }
    if (c.threads < 1) fail("threads must be at least 1, got " + std::to_string(c.threads));
    if (comm.size() < 1 || static_cast<LpId>(comm.size()) > c.num_lps) {
      fail("cannot spread " + std::to_string(c.num_lps) + " LPs over " +
           std::to_string(comm.size()) + " ranks");
    }
    return block_of(c.num_lps, comm.rank(), comm.size());
  }

  std::size_t slot_index(LpId lp) const {
    if (!range_.contains(lp)) {
      throw CausalityViolation("LP " + std::to_string(lp) + " is not owned by rank " +
                               std::to_string(comm_->rank()));
    }
    return lp - range_.first;
  }

  const detail::LpSlot<Payload>& slot(LpId lp) const { return slots_[slot_index(lp)]; }

  static double seconds_since(std::chrono::steady_clock::time_point t) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - t).count();
  }

  // Makes every observation due at or before `horizon` (no event before it is pending) and
  // returns the next observation time still ahead.
  Tick observe_due(Tick horizon) {
    for (;;) {
      Tick at = kNever;
      for (const Observer* o : observers_)
        at = std::min(at, o->next_observation_time());
      if (at > horizon) return at;
      for (Observer* o : observers_) {
        if (o->next_observation_time() != at) continue;
        o->observe(at);
        if (o->next_observation_time() <= at) {
          throw SchedulerConfigError("observer did not advance past t=" + std::to_string(at));
        }
      }
    }
  }

  // Gives each owned LP its initialize() call at time 0, then delivers what they sent.
  void initialize() {
    initialized_ = true;
    execute_over_lps([this](std::size_t i, detail::WorkerTally<Payload>& tally) {
      LpContext<Payload> ctx = context(i, 0, tally);
      model_.initialize(ctx);
      note_pending(i, tally);
    });
    next_ = finish_window();
  }

  // Runs every owned LP's events before `window_end`, then exchanges and finds the next time.
  // LPs with nothing before window_end are passed over on the dense next_time_ array alone.
  void run_window(Tick window_end) {
    execute_over_lps([this, window_end](std::size_t i, detail::WorkerTally<Payload>& tally) {
      if (next_time_[i] >= window_end) {
        tally.earliest = std::min(tally.earliest, next_time_[i]);
        return;
      }
      auto& s = slots_[i];
      LpContext<Payload> ctx = context(i, s.queue.top().time, tally);
      if constexpr (requires { model_.warm(ctx.lp_); }) model_.warm(ctx.lp_);
      std::uint64_t handled = 0;
      while (!s.queue.empty() && s.queue.top().time < window_end) {
        const EventType event = s.queue.top();
        s.top_handled = true;  // removed by the first event it schedules for this LP, or below
        if constexpr (requires { model_.prefetch(ctx.lp_, event); }) {
          if (s.queue.size() > 1) model_.prefetch(ctx.lp_, s.queue.second());
        }
        ctx.now_ = event.time;
        s.digest = fold_event(s.digest, event);
        ++handled;
        model_.handle(ctx, event);
        if (std::exchange(s.top_handled, false)) s.queue.pop();
      }
      s.committed += handled;
      tally.committed += handled;
      note_pending(i, tally);
    });
    ++stats_.windows;
    next_ = finish_window();
  }

  LpContext<Payload> context(std::size_t i, Tick now, detail::WorkerTally<Payload>& tally) {
    LpContext<Payload> ctx;
    ctx.now_ = now;
    ctx.lp_ = range_.first + static_cast<LpId>(i);
    ctx.num_lps_ = config_.num_lps;
    ctx.lookahead_ = config_.lookahead;
    ctx.seed_ = config_.seed;
    ctx.slot_ = &slots_[i];
    ctx.tally_ = &tally;
    ctx.owner_ = this;
    ctx.post_ = &Scheduler::post;
    return ctx;
  }

  // Records LP i's earliest pending event after it ran.
  void note_pending(std::size_t i, detail::WorkerTally<Payload>& tally) {
    const auto& q = slots_[i].queue;
    next_time_[i] = q.empty() ? kNever : q.top().time;
    tally.earliest = std::min(tally.earliest, next_time_[i]);
  }

  // Calls fn(slot index, this worker's tally) for every owned LP, in parallel over blocks of
  // block_size_ LPs; each block first takes the mail sent to it in the previous window.
  template <class Fn>
  void execute_over_lps(Fn fn) {
    auto body = [&](const tbb::blocked_range<std::size_t>& blocks) {
      marks_.task_start();
      const int worker = tbb::this_task_arena::current_thread_index();
      assert(worker >= 0 && worker < config_.threads && "task outside the scheduler's arena");
      auto& tally = workers_[static_cast<std::size_t>(worker)];
      for (std::size_t b = blocks.begin(); b != blocks.end(); ++b) {
        take_mail(b);
        const std::size_t hi = std::min(slots_.size(), (b + 1) * block_size_);
        for (std::size_t i = b * block_size_; i < hi; ++i)
          fn(i, tally);
      }
      marks_.task_end();
    };
    const tbb::blocked_range<std::size_t> all(0, blocks_, 1);
    marks_.fork();
    arena_.execute([&] {
      switch (config_.partitioning) {
        case Partitioning::affinity:
          tbb::parallel_for(all, body, affinity_);
          break;
        case Partitioning::automatic:
          tbb::parallel_for(all, body, tbb::auto_partitioner{});
          break;
        case Partitioning::simple:
          tbb::parallel_for(all, body, tbb::simple_partitioner{});
          break;
        case Partitioning::fixed:
          tbb::parallel_for(all, body, tbb::static_partitioner{});
          break;
      }
    });
    marks_.join();
  }

  // Moves the mail sent to block b in the previous window (by every worker, and from other
  // ranks) into its LPs' queues.
  void take_mail(std::size_t b) {
    auto take = [this](std::vector<EventType>& bag) {
      for (const EventType& e : bag) {
        const std::size_t i = e.target - range_.first;
        slots_[i].queue.push(e);
        next_time_[i] = std::min(next_time_[i], e.time);
      }
      bag.clear();
    };
    for (auto& w : workers_)
      take(w.mail[1 - parity_][b]);
    take(from_ranks_[b]);
  }

  // True when no mail for block b waits to be taken.
  bool mail_taken(std::size_t b) const {
    for (const auto& w : workers_)
      if (!w.mail[1 - parity_][b].empty()) return false;
    return from_ranks_[b].empty();
  }

  // Routes an event for another LP into this worker's bag for the target's block, or into its
  // buffer for the rank that owns the target.
  static void post(void* owner, const EventType& event, detail::WorkerTally<Payload>& tally) {
    auto& self = *static_cast<Scheduler*>(owner);
    tally.earliest = std::min(tally.earliest, event.time);
    if (self.range_.contains(event.target)) {
      tally.mail[self.parity_][(event.target - self.range_.first) / self.block_size_].push_back(
          event);
    } else {
      const int rank = owner_of(event.target, self.config_.num_lps, self.comm_->size());
      tally.to_rank[static_cast<std::size_t>(rank)].push_back(event);
    }
  }

  // The barrier: sums the workers' tallies, exchanges cross-rank events, flips the mail parity
  // and returns the earliest pending event time over all ranks. A rank whose stop flag is set
  // offers kStopRequest instead, below every time: when that wins, every rank learns of the stop
  // at this same barrier, and a second reduction finds the time.
  Tick finish_window() {
    Tick earliest = kNever;
    const auto ranks = static_cast<std::size_t>(comm_->size());
    std::vector<std::vector<std::byte>> outgoing(ranks);
    for (auto& w : workers_) {
      earliest = std::min(earliest, w.earliest);
      stats_.committed_events += w.committed;
      w.earliest = kNever;
      w.committed = 0;
      for (std::size_t r = 0; r < ranks; ++r) {
        const auto bytes = std::as_bytes(std::span(w.to_rank[r]));
        outgoing[r].insert(outgoing[r].end(), bytes.begin(), bytes.end());
        w.to_rank[r].clear();
      }
    }
    if (ranks > 1) {
      const std::vector<std::byte> bytes = comm_->exchange(outgoing);
      for (std::size_t at = 0; at < bytes.size(); at += sizeof(EventType)) {
        EventType e;
        std::memcpy(&e, bytes.data() + at, sizeof(EventType));
        from_ranks_[(e.target - range_.first) / block_size_].push_back(e);
        earliest = std::min(earliest, e.time);
      }
    }
    parity_ = 1 - parity_;
    const bool stop = config_.stop != nullptr && config_.stop->load(std::memory_order_relaxed);
    const Tick agreed = comm_->min_all(stop ? kStopRequest : earliest);
    if (agreed != kStopRequest) return agreed;
    stop_agreed_ = true;
    return comm_->min_all(earliest);
  }

  static constexpr Tick kStopRequest = std::numeric_limits<Tick>::min();

  std::size_t pick_block_size() const {
    if (config_.grain > 0) return config_.grain;
    const std::size_t tasks = 16 * static_cast<std::size_t>(config_.threads);
    return std::max<std::size_t>(1, (slots_.size() + tasks - 1) / tasks);
  }

  M& model_;
  SchedulerConfig config_;
  LocalCommunicator local_comm_;
  Communicator* comm_;
  LpRange range_;
  std::vector<detail::LpSlot<Payload>> slots_;
  std::vector<Tick> next_time_;  // earliest pending event of each owned LP, kNever if none
  std::size_t block_size_;       // LPs per task
  std::size_t blocks_;           // number of blocks
  std::vector<std::vector<EventType>> from_ranks_;  // per block: mail from other ranks
  tbb::task_arena arena_;
  tbb::affinity_partitioner affinity_;                 // remembers which thread ran which blocks
  std::vector<detail::WorkerTally<Payload>> workers_;  // by arena thread index
  std::size_t parity_ = 0;                             // which mail bags this window sends into
  ForkJoinMarks marks_;  // makes the loops' fork and join visible to ThreadSanitizer
  std::vector<Observer*> observers_;
  RunStats stats_;
  Tick next_ = 0;
  bool initialized_ = false;
  bool stop_agreed_ = false;  // a rank asked to stop at the last barrier
};

}  // namespace attachsim::sim
