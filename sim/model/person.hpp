// A person of the model: caregiving traits (used when others turn to them), their own
// generalized working model, stress and outcomes, and the state of a distress episode.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <limits>

#include "graph/tie.hpp"
#include "sim/engine/time.hpp"

namespace attachsim::model {

using graph::PersonIndex;

/// No person (an absent father, no primary caregiver yet).
inline constexpr PersonIndex kNobody = std::numeric_limits<PersonIndex>::max();

/// A person's role: in a family, or as a professional others turn to.
enum class Role : std::uint8_t {
  mother,       ///< the primary parent of a family
  father,       ///< the second parent of a family
  grandparent,  ///< an involved grandparent
  child,        ///< a child (and, grown up, a young adult until a parent)
  provider,     ///< a childcare provider
  teacher,      ///< a school teacher
  mentor,       ///< a mentor (an intervention)
};

/// Which kind of group a person belongs to this year.
enum class Membership : std::uint8_t { none, childcare, school };

/// No group.
inline constexpr std::uint32_t kNoGroup = std::numeric_limits<std::uint32_t>::max();

/// How an adult responds when a child turns to them (DESIGN §2).
struct Caregiving {
  float sensitivity = 0.0f;  ///< chance of a prompt response to a clear signal, [0, 1]
  float log_latency = 0.0f;  ///< log of the typical response latency in seconds
  float warmth = 0.0f;       ///< comfort quality of a response, [0, 1]
  float consistency = 1.0f;  ///< 1: escalation changes nothing; 0: only escalation works
  float frightening = 0.0f;  ///< chance a response frightens, [0, 1]
  float load = 0.0f;         ///< chronic share of availability lost, [0, 1]

  /// Field-by-field equality (checkpoint tests).
  bool operator==(const Caregiving&) const = default;
};

/// The generalized working model: hierarchy-weighted blend of the person's tie models.
struct Generalized {
  float trust = 0.5f;    ///< expected availability of others, [0, 1]
  float worth = 0.5f;    ///< model of self: the comfort it expects when it turns to others, [0, 1]
  float anxiety = 0.0f;  ///< hyperactivation, [0, 1]
  float avoidance = 0.0f;  ///< deactivation, [0, 1]
  float fear = 0.0f;       ///< fear of attachment figures, [0, 1]
  float security = 0.5f;   ///< composite security score, [0, 1]

  /// Field-by-field equality (checkpoint tests).
  bool operator==(const Generalized&) const = default;
};

/// The distress episode under way, if any.
struct Episode {
  sim::Tick signalled = 0;       ///< when the current signal went out
  std::uint32_t id = 0;          ///< running count of the person's episodes
  PersonIndex figure = kNobody;  ///< who the person signalled
  float intensity = 0.0f;        ///< current signal intensity, [0, 1]
  float stress_at_onset = 0.0f;  ///< stress when the episode began
  std::uint8_t escalations = 0;  ///< escalations so far
  bool active = false;           ///< an episode is under way
  /// Where the tie to `figure` was among the person's ties when the episode began: where to look
  /// first (a hint; the tie is looked for by figure when it has moved).
  std::uint16_t tie_slot = 0;

  /// Field-by-field equality (checkpoint tests).
  bool operator==(const Episode&) const = default;
};

/// Hours of presence one random block draws (16 bytes of 8 bits each).
inline constexpr std::int32_t kCalendarHours = 16;

/// The figure's calendar as last looked up: presence by the hour and availability by the week
/// are stateless draws (functions of the figure and the time), cached because many episodes ask.
struct Calendar {
  std::int32_t hours = -kCalendarHours;  ///< first hour of the block `presence` is for (none yet)
  std::int32_t week = -1;                ///< week the availability below is for
  float availability = 1.0f;             ///< share of usual availability that week
  std::array<std::uint8_t, kCalendarHours> presence{};  ///< uniform (8 bits) of hour `hours` + k

  /// Field-by-field equality (checkpoint tests).
  bool operator==(const Calendar&) const = default;
};

/// One person: 224 bytes. Memory matters (hundreds of millions of persons): keep it compact.
/// Times of day-long states are kept to the minute. The first 32 bytes are what a child's
/// choice of figure reads of each figure (calendar, role, setting, whereabouts).
struct Person {
  // What is read of every figure a person might turn to (32 bytes).
  Calendar calendar;                         ///< cached presence and availability
  Role role = Role::child;                   ///< role
  Membership membership = Membership::none;  ///< what `group` is
  bool away = false;                         ///< a parent who moved out (separation)
  bool remote = false;                       ///< lives in another community; at hand only on visits
  // What every episode of this person touches.
  Episode episode;                ///< the episode under way
  Generalized model;              ///< generalized working model
  std::uint64_t rng_counter = 0;  ///< draws made on the person's random stream
  sim::Tick birth = sim::kNever;  ///< birth time (kNever: not born within the run)
  sim::Tick updated = 0;          ///< when stress and exploration were last brought up to date
  float stress = 0.0f;            ///< current stress, [0, 1]
  float reactivity = 0.0f;        ///< running average of stress after episodes
  float exploration = 0.0f;       ///< accumulated exploration bouts
  /// Total hierarchy weight of the ties `model` blends (blend.hpp). 0 marks the blend stale, to be
  /// derived afresh at the next update: whatever adds a tie, or changes a tie's type or hierarchy
  /// weight, must set it to 0.
  float blend_weight = 0.0f;
  // What is read when others turn to this person.
  Caregiving care;                       ///< caregiving traits
  sim::Tick busy_until = 0;              ///< comforting someone until this time
  graph::MinuteTime strained_until = 0;  ///< a life event strains this caregiver until then
  float strain = 0.0f;                   ///< availability lost while strained
  // The life course.
  std::uint32_t group = kNoGroup;         ///< childcare group or school class this year
  PersonIndex partner = kNobody;          ///< current romantic partner
  graph::MinuteTime reworking_until = 0;  ///< reflective reworking lasts until then
  float rework_gain = 0.0f;               ///< extra weight of positive experience while reworking
  float social_competence = 0.0f;         ///< running measure of friendship, [0, 1]
  float approach = 0.0f;                  ///< running intensity of turning to the partner
  float resentment = 0.0f;                ///< running unmet need with the partner
  float attunement_shift = 0.0f;          ///< added to the attunement drawn with own children
  std::uint32_t family = 0;               ///< family index within the community (of birth)
  std::uint32_t own_family = kNoGroup;    ///< family this person founded as a parent, if any
  PersonIndex primary = kNobody;          ///< primary caregiver (the top of the hierarchy)
  std::int16_t life_events = 0;           ///< negative life events experienced
  std::int8_t arm = 0;                    ///< intervention arm code (0: none)
  std::uint8_t generation = 0;            ///< 0 for the founding adults, 1 for their children, ...
  bool high_risk = false;                 ///< member of a high-risk family
  graph::MinuteTime visiting_until = 0;   ///< a remote person is visiting until then (minutes)

  /// Field-by-field equality (checkpoint tests).
  bool operator==(const Person&) const = default;
};
static_assert(sizeof(Person) == 224, "a person is 224 bytes: mind the padding of new fields");
static_assert(offsetof(Person, episode) == 32, "what is read of every figure fills 32 bytes");

}  // namespace attachsim::model
