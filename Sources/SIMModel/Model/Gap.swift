/// Something missing or failing at an intercept, as the workshop named it.
public struct Gap: Hashable, Sendable, Identifiable {
  /// The gap's id.
  public typealias ID = Identifier<Gap>

  /// How much the gap matters.
  public enum Severity: String, Vocabulary {
    case low
    /// The default.
    case medium
    case high
  }

  /// The id priorities use in `gaps:`.
  public var id: ID
  /// The gap in the workshop's words.
  public var text: String
  /// The practice that would close it.
  public var practice: String?
  /// How much it matters.
  public var severity: Severity
  /// The sources cited for it.
  public var sources: [Source.ID]

  /// Creates a gap.
  public init(
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
