#include "graph/network.hpp"

#include <algorithm>
#include <map>
#include <vector>

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/clustering_coefficient.hpp>
#include <boost/graph/connected_components.hpp>

#include "graph/boost_graph.hpp"

namespace attachsim::graph {

NetworkSummary summarize(const SocialGraph& graph, TieType type, sim::Tick now) {
  using Undirected = boost::adjacency_list<boost::setS, boost::vecS, boost::undirectedS>;
  // Members only, numbered in person order (so results do not depend on anything else).
  std::map<PersonIndex, std::size_t> vertex_of;
  std::vector<std::pair<PersonIndex, PersonIndex>> pairs;
  for (auto [v, v_end] = vertices(graph); v != v_end; ++v) {
    for (auto [e, e_end] = out_edges(*v, graph); e != e_end; ++e) {
      const Tie& t = tie(*e, graph);
      const PersonIndex holder = source(*e, graph), figure = target(*e, graph);
      if (t.type != type || !t.active_at(now) || figure == holder) continue;
      pairs.emplace_back(std::min(holder, figure), std::max(holder, figure));
      vertex_of.emplace(holder, 0);
      vertex_of.emplace(figure, 0);
    }
  }
  std::size_t next = 0;
  for (auto& [person, vertex] : vertex_of)
    vertex = next++;
  Undirected g(vertex_of.size());
  for (const auto& [a, b] : pairs)
    boost::add_edge(vertex_of[a], vertex_of[b], g);  // setS: once

  NetworkSummary s;
  s.links = boost::num_edges(g);
  s.members = boost::num_vertices(g);
  if (s.members == 0) return s;
  std::vector<std::size_t> component(s.members);
  s.components = static_cast<std::uint64_t>(boost::connected_components(g, component.data()));
  std::vector<std::uint64_t> sizes(s.components, 0);
  for (std::size_t c : component)
    ++sizes[c];
  s.largest = *std::max_element(sizes.begin(), sizes.end());
  for (std::size_t v = 0; v < s.members; ++v) {
    if (boost::degree(v, g) < 2) continue;
    ++s.clustered;
    s.clustering_sum += boost::clustering_coefficient(g, v);
  }
  return s;
}

}  // namespace attachsim::graph
