// Network outcomes of one tie type with Boost.Graph algorithms: the undirected network of a
// community's active ties of that type (friendships), its components and clustering.
//
//   NetworkSummary friends = summarize(graph, TieType::friend_, now);
#pragma once

#include <cstdint>

#include "graph/social_graph.hpp"

namespace attachsim::graph {

/// The undirected network of the active ties of one type: a pair of persons is linked when
/// either holds an active tie of that type to the other.
struct NetworkSummary {
  std::uint64_t links = 0;       ///< linked pairs
  std::uint64_t members = 0;     ///< persons with at least one link
  std::uint64_t components = 0;  ///< connected components among the members
  std::uint64_t largest = 0;     ///< members in the largest component
  std::uint64_t clustered = 0;   ///< members with at least two links
  double clustering_sum = 0.0;   ///< sum of their local clustering coefficients
};

/// Summarizes the network of active ties of `type` at time `now`.
NetworkSummary summarize(const SocialGraph& graph, TieType type, sim::Tick now);

}  // namespace attachsim::graph
