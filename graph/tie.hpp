// A tie of the relationship graph: who a person turns to, since when, how high in the
// attachment hierarchy, and the person's working model of that figure.
#pragma once

#include <cstdint>
#include <limits>

#include "sim/engine/time.hpp"

namespace attachsim::graph {

/// Index of a person within its community (a vertex of the community's graph).
using PersonIndex = std::uint32_t;

/// What the figure is to the person who holds the tie.
enum class TieType : std::uint8_t {
  parent,       ///< mother or father
  grandparent,  ///< an involved grandparent
  caregiver,    ///< a childcare provider
  teacher,      ///< a school teacher
  peer,         ///< a childcare or classmate peer
  friend_,      ///< a friend
  partner,      ///< a romantic partner
  mentor,       ///< a mentor (an intervention)
};

/// Number of tie types (for per-type counts).
inline constexpr int kTieTypes = 8;

/// Names of the tie types, in order (for column names).
inline constexpr const char* kTieTypeNames[kTieTypes] = {
    "parent", "grandparent", "caregiver", "teacher", "peer", "friend", "partner", "mentor"};

/// A time kept in 32 bits at one-minute resolution: a tie holds three and a population holds
/// billions of ties. Converts to and from engine ticks (one tick is one second in the model);
/// kNever survives the round trip.
class MinuteTime {
 public:
  /// The minute containing tick t (kNever stays kNever).
  constexpr MinuteTime(sim::Tick t = 0)  // NOLINT(google-explicit-constructor): a time is a time
      : minutes_(t >= kNeverMinutes * kTicksPerMinute
                     ? kNeverMinutes
                     : static_cast<std::int32_t>(t / kTicksPerMinute)) {}
  /// The first tick of the minute (kNever for kNever).
  constexpr operator sim::Tick() const {  // NOLINT(google-explicit-constructor)
    return minutes_ == kNeverMinutes ? sim::kNever
                                     : static_cast<sim::Tick>(minutes_) * kTicksPerMinute;
  }
  /// Minutes since time 0 (the largest int32 for kNever). Two times compare as their minutes do,
  /// and a tick t lies before the start of time m exactly when MinuteTime(t).minutes() <
  /// m.minutes(): comparisons on a hot path can stay in minutes.
  constexpr std::int32_t minutes() const { return minutes_; }

 private:
  static constexpr sim::Tick kTicksPerMinute = 60;
  static constexpr std::int32_t kNeverMinutes = std::numeric_limits<std::int32_t>::max();
  std::int32_t minutes_;
};

/// A value in [0, 1] kept in 16 bits, rounded to the nearest step of 1/65535 (values outside are
/// clamped): a tie holds several, and a population billions of ties. Reads as a float.
class Unit16 {
 public:
  /// x, clamped to [0, 1] (NaN reads as 0) and rounded to 16 bits.
  constexpr Unit16(float x = 0.0f)  // NOLINT(google-explicit-constructor): a value is a value
      : bits_(encode(x)) {}
  /// The value; 0 and 1 exactly at the ends (65535 steps make exactly 1).
  constexpr operator float() const {  // NOLINT(google-explicit-constructor)
    return static_cast<float>(bits_) * kStep;
  }
  /// Same bits.
  bool operator==(const Unit16&) const = default;

 private:
  static constexpr float kStep = 1.0f / 65535.0f;
  static constexpr std::uint16_t encode(float x) {
    const float clamped = !(x > 0.0f) ? 0.0f : (x > 1.0f ? 1.0f : x);
    return static_cast<std::uint16_t>(clamped * 65535.0f + 0.5f);
  }
  std::uint16_t bits_;
};

/// The holder's expectations of one figure (DESIGN §1): Beta pseudo-counts of being answered
/// when signalling calmly and after escalating, and running expectations of comfort, fright and
/// response latency. The model belongs to the holder and outlives the tie. It also keeps the
/// anxiety and avoidance the model computes from these after every update, because generalizing
/// over a person's ties reads them after every episode (the other dimensions are cheap to derive).
struct TieModel {
  float calm_yes = 1.0f;       ///< weight of calm signals that were answered in time
  float calm_no = 1.0f;        ///< weight of calm signals that were not
  float escalated_yes = 1.0f;  ///< weight of escalated signals that were answered in time
  float escalated_no = 1.0f;   ///< weight of escalated signals that were not
  Unit16 comfort = 0.5f;       ///< expected comfort quality of a response, [0, 1]
  Unit16 fear = 0.0f;          ///< expected chance that a response frightens, [0, 1]
  float log_latency = 4.0f;    ///< expected log response latency (log seconds)
  MinuteTime updated = 0;      ///< when evidence was last added (for forgetting)
  Unit16 anxiety = 0.0f;       ///< hyperactivation the tie drives, [0, 1], as of `updated`
  Unit16 avoidance = 0.0f;     ///< deactivation the tie drives, [0, 1], as of `updated`

  /// Expected chance that a calm signal is answered in time.
  float availability() const { return calm_yes / (calm_yes + calm_no); }
  /// Expected chance that an escalated signal is answered in time.
  float escalated_availability() const { return escalated_yes / (escalated_yes + escalated_no); }
  /// Total weight of evidence on calm signals (the Beta concentration).
  float confidence() const { return calm_yes + calm_no; }

  /// Field-by-field equality (checkpoint tests).
  bool operator==(const TieModel&) const = default;
};

/// One directed tie, holder -> figure: 52 bytes (a population holds billions).
struct Tie {
  PersonIndex figure = 0;          ///< who the tie is to
  TieType type = TieType::parent;  ///< role of the figure
  Unit16 attunement = 1.0f;        ///< how well this figure reads this holder, [0, 1]
  float hierarchy = 1.0f;          ///< weight in the holder's attachment hierarchy, >= 0
  MinuteTime start = 0;            ///< when the tie began
  MinuteTime end = sim::kNever;    ///< when it ended (kNever while it lasts)
  TieModel model;                  ///< the holder's working model of the figure

  /// True while the tie lasts at time t.
  bool active_at(sim::Tick t) const { return start <= t && t < end; }
  /// True while the tie lasts in minute m: what active_at(t) says for every t in it (the tie
  /// starts and ends on whole minutes), without converting to ticks.
  bool active_in(MinuteTime m) const {
    return start.minutes() <= m.minutes() && m.minutes() < end.minutes();
  }

  /// Field-by-field equality (checkpoint tests).
  bool operator==(const Tie&) const = default;
};
static_assert(sizeof(Tie) == 52, "a tie is 52 bytes: mind the padding of new fields");

}  // namespace attachsim::graph
