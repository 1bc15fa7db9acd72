/// A step a person can pass through at an intercept, such as arrest or first appearance.
public struct DecisionPoint: Hashable, Sendable, Identifiable {
  /// The decision point's id.
  public typealias ID = Identifier<DecisionPoint>

  /// The id resources use with `at:`.
  public var id: ID
  /// The label on the map.
  public var name: String
  /// A short note shown with the step.
  public var note: String?
  /// Whether this is one of the SIM's default steps (possibly renamed).
  public var isDefault: Bool

  /// Creates a decision point.
  public init(id: ID, name: String, note: String? = nil, isDefault: Bool = false) {
    self.id = id
    self.name = name
    self.note = note
    self.isDefault = isDefault
  }
}
