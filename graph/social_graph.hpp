// The relationship graph of one community, on Boost.Graph: persons are vertices (numbered in
// the order they were added, so ids are deterministic) and ties are directed edges holder ->
// figure. Each vertex's bundle keeps its ties' data (type, times, hierarchy weight and the
// holder's working model of the figure) contiguously, in the order of its out-edges: an episode
// reads all of a child's ties, and one contiguous block is much cheaper to reach than one heap
// object per edge (which is how adjacency_list stores edge properties). Boost types stay inside.
//
//   SocialGraph g;
//   PersonIndex child = g.add_person(), mother = g.add_person();
//   g.add_tie(child, Tie{.figure = mother, .type = TieType::parent});
//   for (Tie& tie : g.ties(child)) { ... }
#pragma once

#include <cstddef>
#include <memory>
#include <span>
#include <vector>

#include <boost/graph/adjacency_list.hpp>

#include "graph/tie.hpp"

namespace attachsim::graph {

/// Persons and their ties within one community.
class SocialGraph {
 public:
  /// An empty graph.
  SocialGraph();
  ~SocialGraph();
  /// Graphs are moved, never copied (a community's graph is large; Boost's adjacency_list of
  /// Debian 12 has no move constructor, so it is held by pointer).
  SocialGraph(SocialGraph&&) noexcept = default;
  /// Graphs are moved, never copied.
  SocialGraph& operator=(SocialGraph&&) noexcept = default;
  SocialGraph(const SocialGraph&) = delete;
  SocialGraph& operator=(const SocialGraph&) = delete;

  /// Adds a person with no ties and returns its index (the previous count).
  PersonIndex add_person();
  /// Number of persons.
  std::size_t size() const { return boost::num_vertices(*graph_); }
  /// Number of ties (ended ones included).
  std::size_t tie_count() const { return boost::num_edges(*graph_); }

  /// Adds the tie holder -> tie.figure; both must exist and the tie must be new (asserted).
  void add_tie(PersonIndex holder, const Tie& tie);
  /// Removes every tie of `holder` for which keep(tie) is false; the others keep their order.
  template <class Keep>
  void prune_ties(PersonIndex holder, Keep keep) {
    auto& ties = (*graph_)[holder].ties;
    for (const Tie& tie : ties) {
      if (!keep(tie)) boost::remove_edge(holder, tie.figure, *graph_);
    }
    if (std::erase_if(ties, [&](const Tie& tie) { return !keep(tie); }) > 0 &&
        ties.capacity() > 2 * ties.size()) {
      ties.shrink_to_fit();  // a population holds many ties: give the room back
    }
  }
  /// The ties of `holder` (ended ones included), in the order they were added.
  std::span<Tie> ties(PersonIndex holder) { return (*graph_)[holder].ties; }
  /// Starts loading the ties of `holder` into the cache (a hint only).
  void prefetch_ties(PersonIndex holder) const {
    __builtin_prefetch((*graph_)[holder].ties.data());
  }
  /// The ties of `holder`, read-only.
  std::span<const Tie> ties(PersonIndex holder) const { return (*graph_)[holder].ties; }
  /// True when both have as many persons, each with the same ties in the same order.
  bool operator==(const SocialGraph& other) const;

  /// The tie holder -> figure, or nullptr when there is none.
  const Tie* find_tie(PersonIndex holder, PersonIndex figure) const;
  /// The tie holder -> figure, or nullptr when there is none.
  Tie* find_tie(PersonIndex holder, PersonIndex figure) {
    return const_cast<Tie*>(std::as_const(*this).find_tie(holder, figure));
  }

 private:
  struct Vertex {
    std::vector<Tie> ties;  // in out-edge order
  };
  using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS, Vertex>;
  std::unique_ptr<Graph> graph_;
};

}  // namespace attachsim::graph
