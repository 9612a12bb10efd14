#include "sim/model/community_state.hpp"

#include <cstdint>
#include <string>
#include <type_traits>

namespace attachsim::model {
namespace {

static_assert(std::is_trivially_copyable_v<Person> && std::is_trivially_copyable_v<graph::Tie> &&
                  std::is_trivially_copyable_v<AssessmentRecord>,
              "Person, Tie and AssessmentRecord are saved as bytes: keep them trivially copyable "
              "(or save a new non-trivial field explicitly in community_state.cpp)");

// The sizes of the records saved as bytes: a build with other records cannot read them.
struct Layout {
  std::uint32_t person = sizeof(Person);
  std::uint32_t tie = sizeof(graph::Tie);
  std::uint32_t record = sizeof(AssessmentRecord);

  bool operator==(const Layout&) const = default;
};

std::string describe(const Layout& l) {
  return std::to_string(l.person) + ", " + std::to_string(l.tie) + " and " +
         std::to_string(l.record) + " bytes";
}

// Counts precede lists of non-trivial elements. Nothing is reserved for a count: a corrupt one
// runs out of bytes (and throws) long before it could exhaust memory.
void write_count(std::size_t n, sim::ByteWriter& out) {
  out.write(static_cast<std::uint64_t>(n));
}

void save_groups(const std::vector<Group>& groups, sim::ByteWriter& out) {
  write_count(groups.size(), out);
  for (const Group& g : groups) {
    out.write_vector(g.members);
    out.write_vector(g.staff);
  }
}

std::vector<Group> load_groups(sim::ByteReader& in) {
  std::vector<Group> groups;
  for (auto n = in.read<std::uint64_t>(); n > 0; --n) {
    Group g;
    g.members = in.read_vector<PersonIndex>();
    g.staff = in.read_vector<PersonIndex>();
    groups.push_back(std::move(g));
  }
  return groups;
}

void save_families(const std::vector<Family>& families, sim::ByteWriter& out) {
  write_count(families.size(), out);
  for (const Family& f : families) {
    out.write(f.mother);
    out.write(f.father);
    out.write_vector(f.grandparents);
    out.write_vector(f.children);
    out.write(f.high_risk);
  }
}

std::vector<Family> load_families(sim::ByteReader& in) {
  std::vector<Family> families;
  for (auto n = in.read<std::uint64_t>(); n > 0; --n) {
    Family f;
    f.mother = in.read<decltype(f.mother)>();
    f.father = in.read<decltype(f.father)>();
    f.grandparents = in.read_vector<PersonIndex>();
    f.children = in.read_vector<PersonIndex>();
    f.high_risk = in.read<decltype(f.high_risk)>();
    families.push_back(std::move(f));
  }
  return families;
}

// The graph as its persons' tie lists, in vertex order (rebuilt by add_person and add_tie, which
// keep that order).
void save_graph(const graph::SocialGraph& g, sim::ByteWriter& out) {
  write_count(g.size(), out);
  for (PersonIndex i = 0; i < g.size(); ++i)
    out.write_vector(g.ties(i));
}

graph::SocialGraph load_graph(sim::ByteReader& in) {
  graph::SocialGraph g;
  const auto persons = in.read<std::uint64_t>();
  // Each person's list takes at least its 8-byte count: more persons than that is corrupt.
  if (persons > in.remaining() / sizeof(std::uint64_t))
    in.fail("it has " + std::to_string(persons) +
            " persons in its graph, more than its bytes hold");
  for (std::uint64_t i = 0; i < persons; ++i)
    g.add_person();
  for (PersonIndex i = 0; i < persons; ++i) {
    for (const graph::Tie& tie : in.read_vector<graph::Tie>()) {
      if (tie.figure >= persons)
        in.fail("person " + std::to_string(i) + " has a tie to person " +
                std::to_string(tie.figure) + " of " + std::to_string(persons));
      g.add_tie(i, tie);
    }
  }
  return g;
}

}  // namespace

void save_community(const Community& c, sim::ByteWriter& out) {
  out.write(Layout{});
  out.write(c.index);
  out.write_vector(c.people);
  save_families(c.families, out);
  save_groups(c.childcare, out);
  save_groups(c.classes, out);
  out.write_vector(c.teachers);
  save_graph(c.graph, out);
  out.write(c.rng_counter);
  out.write(c.blend_time);
  out.write(c.school_years);
  out.write(c.teachers_trained);
  out.write(c.teacher_gain);
  out.write(c.events);
  out.write(c.endings);
  out.write_vector(c.panel);
}

void load_community(Community& c, sim::ByteReader& in) {
  const auto layout = in.read<Layout>();
  if (layout != Layout{})
    in.fail("it was saved by a build whose person, tie and assessment records are " +
            describe(layout) + "; this build's are " + describe(Layout{}));
  c.index = in.read<decltype(c.index)>();
  c.people = in.read_vector<Person>();
  c.families = load_families(in);
  c.childcare = load_groups(in);
  c.classes = load_groups(in);
  c.teachers = in.read_vector<PersonIndex>();
  c.graph = load_graph(in);
  c.rng_counter = in.read<decltype(c.rng_counter)>();
  c.blend_time = in.read<decltype(c.blend_time)>();
  c.school_years = in.read<decltype(c.school_years)>();
  c.teachers_trained = in.read<decltype(c.teachers_trained)>();
  c.teacher_gain = in.read<decltype(c.teacher_gain)>();
  c.events = in.read<decltype(c.events)>();
  c.endings = in.read<decltype(c.endings)>();
  c.panel = in.read_vector<AssessmentRecord>();
}

}  // namespace attachsim::model
