// The relationship graph of one community: persons are vertices (numbered in the order they
// were added, so ids are deterministic) and ties are directed edges holder -> figure, each
// carrying its data (type, times, hierarchy weight and the holder's working model of the
// figure). A vertex's ties lie contiguously in the order they were added: an episode reads all
// of a child's ties, and one block is much cheaper to reach than one heap object per edge. The
// graph is a Boost.Graph (graph/boost_graph.hpp adapts it, so Boost's algorithms run on it
// directly); Boost types stay inside graph/.
//
//   SocialGraph g;
//   PersonIndex child = g.add_person(), mother = g.add_person();
//   g.add_tie(child, Tie{.figure = mother, .type = TieType::parent});
//   for (Tie& tie : g.ties(child)) { ... }
#pragma once

#include <algorithm>
#include <cstddef>
#include <span>
#include <utility>
#include <vector>

#include "graph/tie.hpp"

namespace attachsim::graph {

/// Persons and their ties within one community.
class SocialGraph {
 public:
  /// Adds a person with no ties and returns its index (the previous count).
  PersonIndex add_person();
  /// Number of persons.
  std::size_t size() const { return ties_.size(); }
  /// Number of ties (ended ones included).
  std::size_t tie_count() const { return tie_count_; }

  /// Adds the tie holder -> tie.figure; both must exist and the tie must be new (asserted).
  void add_tie(PersonIndex holder, const Tie& tie);
  /// Removes every tie of `holder` for which keep(tie) is false; the others keep their order.
  template <class Keep>
  void prune_ties(PersonIndex holder, Keep keep) {
    std::vector<Tie>& ties = ties_[holder];
    const std::size_t removed = std::erase_if(ties, [&](const Tie& tie) { return !keep(tie); });
    tie_count_ -= removed;
    if (removed > 0 && ties.capacity() > ties.size() + ties.size() / 4 + 1) {
      ties.shrink_to_fit();  // a population holds many ties: give the room back
    }
  }
  /// The ties of `holder` (ended ones included), in the order they were added.
  std::span<Tie> ties(PersonIndex holder) { return ties_[holder]; }
  /// The ties of `holder`, read-only.
  std::span<const Tie> ties(PersonIndex holder) const { return ties_[holder]; }
  /// Starts loading the ties of `holder` into the cache (a hint only).
  void prefetch_ties(PersonIndex holder) const { __builtin_prefetch(ties_[holder].data()); }
  /// True when both have as many persons, each with the same ties in the same order.
  bool operator==(const SocialGraph& other) const { return ties_ == other.ties_; }

  /// The tie holder -> figure, or nullptr when there is none.
  const Tie* find_tie(PersonIndex holder, PersonIndex figure) const;
  /// The tie holder -> figure, or nullptr when there is none.
  Tie* find_tie(PersonIndex holder, PersonIndex figure) {
    return const_cast<Tie*>(std::as_const(*this).find_tie(holder, figure));
  }
  /// The tie holder -> figure, looked for first at position `slot` of the holder's ties (where it
  /// was when last found: one comparison instead of a search), or nullptr when there is none.
  Tie* find_tie(PersonIndex holder, PersonIndex figure, std::size_t slot) {
    std::vector<Tie>& ties = ties_[holder];
    if (slot < ties.size() && ties[slot].figure == figure) return &ties[slot];
    return find_tie(holder, figure);
  }

 private:
  std::vector<std::vector<Tie>> ties_;  // [holder]: out-edges in the order they were added
  std::size_t tie_count_ = 0;
};

}  // namespace attachsim::graph
