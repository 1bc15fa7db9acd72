/// An edge statement between two node ids.
struct DOTEdge: Hashable, Sendable {
  /// The tail node's id.
  var from: String
  /// The head node's id.
  var to: String
  /// The edge's attributes.
  var attributes: DOTAttributes

  /// Creates an edge.
  init(_ from: String, _ to: String, _ attributes: DOTAttributes = [:]) {
    self.from = from
    self.to = to
    self.attributes = attributes
  }

  /// An invisible edge that only shapes the layout.
  static func invisible(_ from: String, _ to: String, weight: Int = 1) -> DOTEdge {
    DOTEdge(from, to, [.style: "invis", .weight: weight])
  }
}
