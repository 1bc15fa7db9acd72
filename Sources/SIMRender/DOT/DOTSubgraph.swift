/// A subgraph: a cluster drawn as a box, a rank group, or a plain grouping.
struct DOTSubgraph: Hashable, Sendable {
  /// The subgraph's id; Graphviz draws a box only when it starts with `cluster`.
  var id: String
  /// Attributes of the subgraph itself, written as `graph […]`.
  var attributes: DOTAttributes
  /// The statements inside, in order.
  var statements: [DOTStatement]

  /// Creates a plain subgraph; use `cluster(_:)` for a box.
  init(id: String, attributes: DOTAttributes = [:], statements: [DOTStatement] = []) {
    self.id = id
    self.attributes = attributes
    self.statements = statements
  }

  /// A cluster, drawn as a box; the `cluster_` prefix is added here and nowhere else.
  static func cluster(
    _ name: String, attributes: DOTAttributes = [:], statements: [DOTStatement] = []
  ) -> DOTSubgraph {
    DOTSubgraph(id: "cluster_" + name, attributes: attributes, statements: statements)
  }

  /// A group of already declared nodes placed on one rank (one row in a top-to-bottom graph).
  static func sameRank(_ name: String, nodes: [String]) -> DOTSubgraph {
    DOTSubgraph(
      id: "rank_" + name, attributes: [.rank: "same"], statements: nodes.map(DOTStatement.reference)
    )
  }

  /// Appends a node declaration.
  mutating func add(_ node: DOTNode) {
    statements.append(.node(node))
  }

  /// Appends an edge.
  mutating func add(_ edge: DOTEdge) {
    statements.append(.edge(edge))
  }

  /// Appends a nested subgraph.
  mutating func add(_ subgraph: DOTSubgraph) {
    statements.append(.subgraph(subgraph))
  }
}
