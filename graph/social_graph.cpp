#include "graph/social_graph.hpp"

#include <cassert>

namespace attachsim::graph {

PersonIndex SocialGraph::add_person() {
  ties_.emplace_back();
  return static_cast<PersonIndex>(ties_.size() - 1);
}

void SocialGraph::add_tie(PersonIndex holder, const Tie& tie) {
  assert(holder < size() && tie.figure < size() && "tie between persons that do not exist");
  assert(find_tie(holder, tie.figure) == nullptr && "tie added twice");
  std::vector<Tie>& ties = ties_[holder];
  // Ties come one at a time over a life, a handful per person: grow by one (by an eighth beyond
  // eight ties), not double, so that a population's ties waste little room.
  if (ties.size() == ties.capacity()) ties.reserve(ties.size() + ties.size() / 8 + 1);
  ties.push_back(tie);
  ++tie_count_;
}

const Tie* SocialGraph::find_tie(PersonIndex holder, PersonIndex figure) const {
  for (const Tie& tie : ties_[holder]) {
    if (tie.figure == figure) return &tie;
  }
  return nullptr;
}

}  // namespace attachsim::graph
