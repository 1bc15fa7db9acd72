/// A label and its value, as on a title page.
public struct Fact: Hashable, Sendable {
  /// The label, such as "Workshop dates".
  public var label: String
  /// The value.
  public var value: [Inline]

  /// Creates a fact.
  public init(_ label: String, _ value: [Inline]) {
    self.label = label
    self.value = value
  }
}
