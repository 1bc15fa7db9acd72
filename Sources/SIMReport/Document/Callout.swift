/// A boxed note that stands apart from the text around it.
public struct Callout: Hashable, Sendable {
  /// What kind of note it is, which decides its look.
  public enum Kind: String, Hashable, Sendable {
    /// Background or a reading aid.
    case note
    /// Where a sample map's content comes from.
    case provenance
    /// Text simmap wrote, not the workshop.
    case generated
    /// Something the team still has to decide.
    case prompt
  }

  /// What kind of note it is.
  public var kind: Kind
  /// A short title, shown in bold before the text.
  public var title: String
  /// The paragraphs of the note.
  public var paragraphs: [[Inline]]

  /// Creates a note.
  public init(_ kind: Kind, title: String, paragraphs: [[Inline]]) {
    self.kind = kind
    self.title = title
    self.paragraphs = paragraphs
  }
}
