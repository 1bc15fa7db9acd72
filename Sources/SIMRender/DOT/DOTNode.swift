/// A node statement: an id and its attributes.
struct DOTNode: Hashable, Sendable {
  /// The node's id, written quoted.
  var id: String
  /// The node's attributes.
  var attributes: DOTAttributes

  /// Creates a node.
  init(_ id: String, _ attributes: DOTAttributes = [:]) {
    self.id = id
    self.attributes = attributes
  }
}
