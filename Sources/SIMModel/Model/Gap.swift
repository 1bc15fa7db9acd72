/// Something missing or failing at an intercept, as the workshop named it.
package struct Gap: Hashable, Sendable, Identifiable {
  /// The gap's id.
  package typealias ID = Identifier<Gap>

  /// How much the gap matters.
  package enum Severity: String, Vocabulary {
    case low
    /// The default.
    case medium
    case high
  }

  /// The id priorities use in `gaps:`.
  package var id: ID
  /// The gap in the workshop's words.
  package var text: String
  /// The practice that would close it.
  package var practice: String?
  /// How much it matters.
  package var severity: Severity
  /// The sources cited for it.
  package var sources: [Source.ID]

  /// Creates a gap.
  package init(
    id: ID, text: String, practice: String? = nil, severity: Severity = .medium,
    sources: [Source.ID] = []
  ) {
    self.id = id
    self.text = text
    self.practice = practice
    self.severity = severity
    self.sources = sources
  }
}
