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

 private:
  static constexpr sim::Tick kTicksPerMinute = 60;
  static constexpr std::int32_t kNeverMinutes = std::numeric_limits<std::int32_t>::max();
  std::int32_t minutes_;
};

/// The working-model dimensions a tie model implies (computed by the model after every update
/// and kept here, because generalizing over ties reads them after every episode).
struct TieDimensions {
  float availability = 0.5f;  ///< expected chance a calm signal is answered
  float anxiety = 0.0f;       ///< hyperactivation the tie drives, [0, 1]
  float avoidance = 0.0f;     ///< deactivation the tie drives, [0, 1]
  float fear = 0.0f;          ///< fear of the figure, [0, 1]
  float security = 0.5f;      ///< composite security, [0, 1]

  /// Field-by-field equality (checkpoint tests).
  bool operator==(const TieDimensions&) const = default;
};

/// The holder's expectations of one figure (DESIGN §1): Beta pseudo-counts of being answered
/// when signalling calmly and after escalating, and running expectations of comfort, fright and
/// response latency. The model belongs to the holder and outlives the tie.
struct TieModel {
  float calm_yes = 1.0f;       ///< weight of calm signals that were answered in time
  float calm_no = 1.0f;        ///< weight of calm signals that were not
  float escalated_yes = 1.0f;  ///< weight of escalated signals that were answered in time
  float escalated_no = 1.0f;   ///< weight of escalated signals that were not
  float comfort = 0.5f;        ///< expected comfort quality of a response, [0, 1]
  float fear = 0.0f;           ///< expected chance that a response frightens, [0, 1]
  float log_latency = 4.0f;    ///< expected log response latency (log seconds)
  MinuteTime updated = 0;      ///< when evidence was last added (for forgetting)
  TieDimensions dims;          ///< what the above implies, as of the last update

  /// Expected chance that a calm signal is answered in time.
  float availability() const { return calm_yes / (calm_yes + calm_no); }
  /// Expected chance that an escalated signal is answered in time.
  float escalated_availability() const { return escalated_yes / (escalated_yes + escalated_no); }
  /// Total weight of evidence on calm signals (the Beta concentration).
  float confidence() const { return calm_yes + calm_no; }

  /// Field-by-field equality (checkpoint tests).
  bool operator==(const TieModel&) const = default;
};

/// One directed tie, holder -> figure.
struct Tie {
  PersonIndex figure = 0;          ///< who the tie is to
  TieType type = TieType::parent;  ///< role of the figure
  float hierarchy = 1.0f;          ///< weight in the holder's attachment hierarchy, >= 0
  float attunement = 1.0f;         ///< how well this figure reads this holder, [0, 1]
  MinuteTime start = 0;            ///< when the tie began
  MinuteTime end = sim::kNever;    ///< when it ended (kNever while it lasts)
  TieModel model;                  ///< the holder's working model of the figure

  /// True while the tie lasts at time t.
  bool active_at(sim::Tick t) const { return start <= t && t < end; }

  /// Field-by-field equality (checkpoint tests).
  bool operator==(const Tie&) const = default;
};

}  // namespace attachsim::graph
