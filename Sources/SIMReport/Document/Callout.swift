/// A boxed note that stands apart from the text around it.
package struct Callout: Hashable, Sendable {
  /// What kind of note it is, which decides its look.
  package enum Kind: String, Hashable, Sendable {
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
  package var kind: Kind
  /// A short title, shown in bold before the text.
  package var title: String
  /// The paragraphs of the note.
  package var paragraphs: [[Inline]]

  /// Creates a note.
  package init(_ kind: Kind, title: String, paragraphs: [[Inline]]) {
    self.kind = kind
    self.title = title
    self.paragraphs = paragraphs
  }
}
