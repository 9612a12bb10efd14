// SocialGraph as a Boost.Graph: the graph_traits and free functions of Boost's Graph,
// IncidenceGraph and VertexListGraph concepts, so that Boost's algorithms (searches, components,
// anything built on out_edges) run on a community's graph as it is stored. A vertex is a
// PersonIndex; an edge is a TieRef naming the holder and the tie's place among its ties.
// Include it only inside graph/ (and its tests): Boost types stay there.
//
//   const SocialGraph& g = ...;
//   for (auto [e, end] = out_edges(child, g); e != end; ++e) tie(*e, g).type ...
//   boost::breadth_first_search(g, child, boost::color_map(...));
#pragma once

#include <cstddef>
#include <utility>

#include <boost/graph/graph_traits.hpp>
#include <boost/iterator/counting_iterator.hpp>
#include <boost/iterator/iterator_facade.hpp>

#include "graph/social_graph.hpp"

namespace attachsim::graph {

/// An edge of the graph: the `index`-th tie of `holder`.
struct TieRef {
  PersonIndex holder = 0;   ///< who holds the tie (the source)
  PersonIndex figure = 0;   ///< to whom (the target)
  std::uint32_t index = 0;  ///< its place among the holder's ties

  /// Same holder and place.
  bool operator==(const TieRef& o) const { return holder == o.holder && index == o.index; }
};

/// Iterates the ties of one holder as TieRefs.
class OutTieIterator
    : public boost::iterator_facade<OutTieIterator, TieRef, boost::forward_traversal_tag, TieRef> {
 public:
  /// A singular iterator.
  OutTieIterator() = default;
  /// The `index`-th tie of `holder` in `g`.
  OutTieIterator(const SocialGraph* g, PersonIndex holder, std::uint32_t index)
      : graph_(g), holder_(holder), index_(index) {}

 private:
  friend class boost::iterator_core_access;
  TieRef dereference() const { return {holder_, graph_->ties(holder_)[index_].figure, index_}; }
  bool equal(const OutTieIterator& o) const { return holder_ == o.holder_ && index_ == o.index_; }
  void increment() { ++index_; }

  const SocialGraph* graph_ = nullptr;
  PersonIndex holder_ = 0;
  std::uint32_t index_ = 0;
};

/// Boost's traversal tags this graph models.
struct SocialGraphTraversal : boost::incidence_graph_tag, boost::vertex_list_graph_tag {};

/// The persons of `g`, as a Boost vertex range.
inline std::pair<boost::counting_iterator<PersonIndex>, boost::counting_iterator<PersonIndex>>
vertices(const SocialGraph& g) {
  return {PersonIndex{0}, static_cast<PersonIndex>(g.size())};
}
/// Number of persons.
inline std::size_t num_vertices(const SocialGraph& g) {
  return g.size();
}
/// The ties of `holder`, as a Boost out-edge range (ended ties included).
inline std::pair<OutTieIterator, OutTieIterator> out_edges(PersonIndex holder,
                                                           const SocialGraph& g) {
  return {OutTieIterator(&g, holder, 0),
          OutTieIterator(&g, holder, static_cast<std::uint32_t>(g.ties(holder).size()))};
}
/// Number of ties `holder` holds.
inline std::size_t out_degree(PersonIndex holder, const SocialGraph& g) {
  return g.ties(holder).size();
}
/// The holder of a tie.
inline PersonIndex source(const TieRef& e, const SocialGraph& /*g*/) {
  return e.holder;
}
/// The figure of a tie.
inline PersonIndex target(const TieRef& e, const SocialGraph& /*g*/) {
  return e.figure;
}
/// The data of a tie (the edge's bundle: type, times, hierarchy, the holder's model).
inline const Tie& tie(const TieRef& e, const SocialGraph& g) {
  return g.ties(e.holder)[e.index];
}

}  // namespace attachsim::graph

namespace boost {

/// The Boost.Graph view of a community's graph.
template <>
struct graph_traits<attachsim::graph::SocialGraph> {
  using vertex_descriptor = attachsim::graph::PersonIndex;
  using edge_descriptor = attachsim::graph::TieRef;
  using directed_category = directed_tag;
  using edge_parallel_category = disallow_parallel_edge_tag;
  using traversal_category = attachsim::graph::SocialGraphTraversal;
  using out_edge_iterator = attachsim::graph::OutTieIterator;
  using vertex_iterator = counting_iterator<attachsim::graph::PersonIndex>;
  using vertices_size_type = std::size_t;
  using degree_size_type = std::size_t;
  using edges_size_type = std::size_t;
  // Not models of those concepts; Boost's graph_traits still names the types.
  using adjacency_iterator = void;
  using in_edge_iterator = void;
  using edge_iterator = void;

  /// No vertex.
  static vertex_descriptor null_vertex() { return ~vertex_descriptor{0}; }
};

}  // namespace boost
