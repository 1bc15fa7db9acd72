/// One statement in a graph or subgraph body, written in the order it was added.
enum DOTStatement: Hashable, Sendable {
  /// Declares a node with attributes.
  case node(DOTNode)
  /// Names an already declared node, as rank groups do.
  case reference(String)
  /// Draws an edge.
  case edge(DOTEdge)
  /// Opens a subgraph.
  indirect case subgraph(DOTSubgraph)
}
