#include "graph/social_graph.hpp"

#include <algorithm>
#include <cassert>

namespace attachsim::graph {

SocialGraph::SocialGraph() : graph_(std::make_unique<Graph>()) {}

SocialGraph::~SocialGraph() = default;

PersonIndex SocialGraph::add_person() {
  return static_cast<PersonIndex>(boost::add_vertex(*graph_));
}

void SocialGraph::add_tie(PersonIndex holder, const Tie& tie) {
  assert(holder < size() && tie.figure < size() && "tie between persons that do not exist");
  assert(find_tie(holder, tie.figure) == nullptr && "tie added twice");
  boost::add_edge(holder, tie.figure, *graph_);
  (*graph_)[holder].ties.push_back(tie);
}

bool SocialGraph::operator==(const SocialGraph& other) const {
  if (size() != other.size()) return false;
  for (PersonIndex i = 0; i < size(); ++i) {
    if (!std::ranges::equal(ties(i), other.ties(i))) return false;
  }
  return true;
}

const Tie* SocialGraph::find_tie(PersonIndex holder, PersonIndex figure) const {
  for (const Tie& tie : (*graph_)[holder].ties) {
    if (tie.figure == figure) return &tie;
  }
  return nullptr;
}

}  // namespace attachsim::graph
