#include "sim/phold/phold.hpp"

#include <cmath>
#include <string>

#include "sim/engine/digest.hpp"
#include "sim/engine/error.hpp"
#include "sim/engine/rng.hpp"

namespace attachsim::sim::phold {
namespace {

constexpr std::uint32_t kStream = 1;  // PHOLD's only random stream

// The longest --lookahead and --mean in ticks: an exponential draw is at most about 37 means, so
// a delay stays far from overflowing a tick count even added to the latest --end.
constexpr double kLongestDelayTicks = 1e15;

// True when `units` time units are a finite number of ticks no larger than `most`.
bool fits(double units, std::int64_t ticks_per_unit, double most) {
  return std::isfinite(units) && units * static_cast<double>(ticks_per_unit) <= most;
}

Tick to_ticks(double units, std::int64_t ticks_per_unit) {
  return static_cast<Tick>(std::llround(units * static_cast<double>(ticks_per_unit)));
}

}  // namespace

void validate(const PholdParams& p) {
  auto fail = [](const std::string& what) { throw Error("phold: " + what); };
  if (p.lps < 1) fail("--lps must be at least 1");
  if (!(p.remote >= 0.0 && p.remote <= 1.0)) fail("--remote must be in [0, 1]");
  if (p.ticks_per_unit < 1) fail("--ticks-per-unit must be at least 1");
  if (!(p.lookahead > 0.0) || !fits(p.lookahead, p.ticks_per_unit, kLongestDelayTicks) ||
      to_ticks(p.lookahead, p.ticks_per_unit) < 1) {
    fail("--lookahead must be at least one tick and at most 1e15 ticks");
  }
  if (!(p.mean >= p.lookahead) || !fits(p.mean, p.ticks_per_unit, kLongestDelayTicks))
    fail("--mean must be at least --lookahead and at most 1e15 ticks");
  if (!(p.end >= 0.0) || !fits(p.end, p.ticks_per_unit, 1e18))
    fail("--end must be finite, non-negative and at most 1e18 ticks");
}

PholdModel::PholdModel(const PholdParams& params)
    : params_((validate(params), params)),
      lookahead_ticks_(to_ticks(params.lookahead, params.ticks_per_unit)),
      extra_mean_ticks_((params.mean - params.lookahead) *
                        static_cast<double>(params.ticks_per_unit)),
      remote_threshold_(static_cast<std::uint32_t>(std::min(params.remote * 0x1p32, 0xffffffffp0))),
      always_remote_(params.remote >= 1.0),
      lps_(params.lps) {}

SchedulerConfig PholdModel::scheduler_config(int threads, std::uint64_t seed) const {
  SchedulerConfig c;
  c.num_lps = params_.lps;
  c.lookahead = lookahead_ticks_;
  c.end_time = to_ticks(params_.end, params_.ticks_per_unit);
  c.threads = threads;
  c.seed = seed;
  return c;
}

Event<PholdMessage> PholdModel::next_event(LpContext<Payload>& ctx, LpState& lp,
                                           std::uint64_t generation) const {
  const auto bits = philox_block(ctx.seed(), ctx.lp(), kStream, lp.rng_counter++);
  const bool remote = always_remote_ || bits[0] < remote_threshold_;
  const LpId target = remote ? static_cast<LpId>(below_from_bits(
                                   static_cast<std::uint64_t>(bits[1]) << 32, params_.lps))
                             : ctx.lp();
  const double extra =
      exponential_from_unit(extra_mean_ticks_, unit_from_bits(join_words(bits[2], bits[3])));
  const Tick time = ctx.now() + lookahead_ticks_ + static_cast<Tick>(extra);
  return {time, target, ctx.lp(), 0, {generation}};
}

void PholdModel::initialize(LpContext<Payload>& ctx) {
  LpState& lp = lps_[ctx.lp()];
  for (std::uint32_t i = 0; i < params_.start_events; ++i) {
    Event<Payload> e = next_event(ctx, lp, 0);
    ctx.schedule(ctx.lp(), e.time, e.payload);  // initial events stay home, as in ROSS
  }
}

void PholdModel::handle(LpContext<Payload>& ctx, const Event<Payload>& event) {
  LpState& lp = lps_[ctx.lp()];
  ++lp.handled;
  lp.deepest = std::max(lp.deepest, event.payload.generation);
  const Event<Payload> next = next_event(ctx, lp, event.payload.generation + 1);
  ctx.schedule(next.target, next.time, next.payload);
}

std::uint64_t PholdModel::state_digest(LpRange owned) const {
  std::uint64_t sum = 0;
  for (LpId i = owned.first; i < owned.last; ++i) {
    const LpState& s = lps_[i];
    std::uint64_t h = fold(fold(fold(0, s.rng_counter), s.handled), s.deepest);
    sum += lp_digest_term(i, h);
  }
  return sum;
}

}  // namespace attachsim::sim::phold
