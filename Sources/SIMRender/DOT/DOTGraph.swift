/// A whole DOT document: a named directed graph with defaults and a body.
struct DOTGraph: Hashable, Sendable {
  /// The graph's name; always set, so SVG titles are stable (graphviz-and-yaml.md §9).
  var name: String
  /// Attributes of the graph, written as `graph […]`.
  var attributes: DOTAttributes
  /// Defaults for every node, written as `node […]`.
  var nodeDefaults: DOTAttributes
  /// Defaults for every edge, written as `edge […]`.
  var edgeDefaults: DOTAttributes
  /// The body, in order.
  var body: DOTSubgraph

  /// Creates an empty graph.
  init(
    name: String, attributes: DOTAttributes = [:], nodeDefaults: DOTAttributes = [:],
    edgeDefaults: DOTAttributes = [:]
  ) {
    self.name = name
    self.attributes = attributes
    self.nodeDefaults = nodeDefaults
    self.edgeDefaults = edgeDefaults
    self.body = DOTSubgraph(id: name)
  }

  /// Appends a node declaration to the body.
  mutating func add(_ node: DOTNode) {
    body.add(node)
  }

  /// Appends an edge to the body.
  mutating func add(_ edge: DOTEdge) {
    body.add(edge)
  }

  /// Appends a subgraph to the body.
  mutating func add(_ subgraph: DOTSubgraph) {
    body.add(subgraph)
  }
}
