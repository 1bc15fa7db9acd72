/// A label and its value, as on a title page.
package struct Fact: Hashable, Sendable {
  /// The label, such as "Workshop dates".
  package var label: String
  /// The value.
  package var value: [Inline]

  /// Creates a fact.
  package init(_ label: String, _ value: [Inline]) {
    self.label = label
    self.value = value
  }
}
