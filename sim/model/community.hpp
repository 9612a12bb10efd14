// One community: the unit of parallelism (one LP). It owns its persons, families, ties, event
// counts and the assessments not yet written out.
#pragma once

#include <array>
#include <cstdint>
#include <vector>

#include "graph/social_graph.hpp"
#include "sim/model/person.hpp"
#include "sim/model/records.hpp"

namespace attachsim::model {

/// A family: who cares for whom.
struct Family {
  PersonIndex mother = kNobody;           ///< the mother
  PersonIndex father = kNobody;           ///< the father, if there is one
  std::vector<PersonIndex> grandparents;  ///< involved grandparents
  std::vector<PersonIndex> children;      ///< children in birth order
  bool high_risk = false;                 ///< drawn into the high-risk share
};

/// Kinds of model event (the payload's `kind`), also the index of event counts.
enum class EventKind : std::uint32_t {
  birth = 0,
  distress_onset = 1,
  patience_expired = 2,
  response = 3,
  assessment = 4,
};

/// Number of event kinds.
inline constexpr int kEventKinds = 5;

/// How distress episodes ended (the index of episode counts).
enum class Ending : std::uint32_t {
  comforted = 0,   ///< a figure came and comforted
  unresolved = 1,  ///< nobody came in time, or the figure frightened
  suppressed = 2,  ///< the child hid its distress and did not signal
  alone = 3,       ///< no attachment figure was at hand
};

/// Number of episode endings.
inline constexpr int kEndings = 4;

/// The state of one community.
struct Community {
  std::uint32_t index = 0;                          ///< the community's LP id
  std::vector<Person> people;                       ///< by PersonIndex
  std::vector<Family> families;                     ///< by family index
  graph::SocialGraph graph;                         ///< ties between people
  std::array<std::uint64_t, kEventKinds> events{};  ///< events handled, by kind
  std::array<std::uint64_t, kEndings> endings{};    ///< episodes ended, by ending
  std::vector<AssessmentRecord> panel;              ///< assessments not yet written out

  /// The global id of a person: community << 32 | index.
  std::uint64_t person_id(PersonIndex i) const {
    return (static_cast<std::uint64_t>(index) << 32) | i;
  }
};

}  // namespace attachsim::model
