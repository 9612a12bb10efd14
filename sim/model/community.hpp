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

  /// Field-by-field equality (checkpoint tests).
  bool operator==(const Family&) const = default;
};

/// A childcare group or a school class: children, and the adults who care for them there.
struct Group {
  std::vector<PersonIndex> members;  ///< the children
  std::vector<PersonIndex> staff;    ///< providers, or this year's teacher

  /// Field-by-field equality (checkpoint tests).
  bool operator==(const Group&) const = default;
};

/// Kinds of model event (the payload's `kind`), also the index of event counts.
enum class EventKind : std::uint32_t {
  birth = 0,             ///< a child is born (person)
  distress_onset = 1,    ///< an episode begins (person)
  patience_expired = 2,  ///< the child's patience ran out (person, figure, tag = episode)
  response = 3,          ///< the figure came (person, figure, tag = episode)
  assessment = 4,        ///< an instrument is applied (person, tag = instrument << 16 | wave)
  childcare_entry = 5,   ///< the child starts childcare (person)
  school_year = 6,       ///< a school year begins (community)
  month = 7,             ///< monthly community processes: friends, partners, life events
  parenthood = 8,        ///< a grown child starts a family (person)
  intervention = 9,      ///< an intervention reaches the person (person, tag = index)
  host = 10,             ///< this community hosts a remote grandparent (person of community tag)
  plan_visit = 11,       ///< a hosted grandparent sets off (person of community tag)
  visit = 12,            ///< a remote grandparent arrives (person, tag = minutes)
};

/// Number of event kinds.
inline constexpr int kEventKinds = 13;

/// Names of the event kinds, in order (for column names).
inline constexpr const char* kEventKindNames[kEventKinds] = {
    "birth",        "distress_onset", "patience_expired",
    "response",     "assessment",     "childcare_entry",
    "school_year",  "month",          "parenthood",
    "intervention", "host",           "plan_visit",
    "visit"};

/// How distress episodes ended (the index of episode counts).
enum class Ending : std::uint32_t {
  comforted = 0,   ///< a figure came and comforted
  unresolved = 1,  ///< nobody came in time, or the figure frightened
  suppressed = 2,  ///< the child hid its distress and did not signal
  alone = 3,       ///< no attachment figure was at hand
};

/// Number of episode endings.
inline constexpr int kEndings = 4;

/// Names of the episode endings, in order.
inline constexpr const char* kEndingNames[kEndings] = {"comforted", "unresolved", "suppressed",
                                                       "alone"};

/// The state of one community.
struct Community {
  std::uint32_t index = 0;            ///< the community's LP id
  std::vector<Person> people;         ///< by PersonIndex
  std::vector<Family> families;       ///< by family index
  std::vector<Group> childcare;       ///< childcare groups
  std::vector<Group> classes;         ///< this school year's classes
  std::vector<PersonIndex> teachers;  ///< the community's teachers
  graph::SocialGraph graph;           ///< ties between people
  std::uint64_t rng_counter = 0;      ///< draws on the community's own stream
  /// When the hierarchy weights that blend the generalized models were last set (monthly).
  sim::Tick blend_time = 0;
  std::uint32_t school_years = 0;                   ///< school years begun so far
  bool teachers_trained = false;                    ///< teacher training reached the community
  float teacher_gain = 0.0f;                        ///< the sensitivity that training added
  std::array<std::uint64_t, kEventKinds> events{};  ///< events handled, by kind
  std::array<std::uint64_t, kEndings> endings{};    ///< episodes ended, by ending
  std::vector<AssessmentRecord> panel;              ///< assessments not yet written out

  /// Adds `person` (and their vertex in the graph) and returns their index. The table grows by
  /// an eighth at a time: persons arrive one by one over a run, and doubling would leave up to
  /// half of it empty. It may move every Person, and so the counter a RandomStream of a person
  /// draws on: make a person's draws before adding anyone, or take the stream anew.
  PersonIndex add_person(const Person& person) {
    if (people.size() == people.capacity()) people.reserve(people.size() + people.size() / 8 + 16);
    people.push_back(person);
    return graph.add_person();
  }

  /// The global id of a person: community << 32 | (index + 1); never 0, which means "nobody".
  std::uint64_t person_id(PersonIndex i) const {
    return (static_cast<std::uint64_t>(index) << 32) | (static_cast<std::uint64_t>(i) + 1);
  }

  /// Field-by-field equality. A new field must also be saved in community_state.cpp.
  bool operator==(const Community&) const = default;
};

}  // namespace attachsim::model
