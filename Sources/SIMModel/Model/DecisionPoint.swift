/// A step a person can pass through at an intercept, such as arrest or first appearance.
package struct DecisionPoint: Hashable, Sendable, Identifiable {
  /// The decision point's id.
  package typealias ID = Identifier<DecisionPoint>

  /// The id resources use with `at:`.
  package var id: ID
  /// The label on the map.
  package var name: String
  /// A short note shown with the step.
  package var note: String?
  /// Whether this is one of the SIM's default steps (possibly renamed).
  package var isDefault: Bool

  /// Creates a decision point.
  package init(id: ID, name: String, note: String? = nil, isDefault: Bool = false) {
    self.id = id
    self.name = name
    self.note = note
    self.isDefault = isDefault
  }
}
