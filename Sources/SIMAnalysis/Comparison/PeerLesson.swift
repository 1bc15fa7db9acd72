import SIMModel

/// Something a peer has that our map lacks: a practice it runs, or an exchange it has working.
package struct PeerLesson: Hashable, Sendable {
  /// What kind of thing it is.
  package enum Kind: String, Hashable, Sendable {
    /// A practice of the catalog that the peer runs and we do not.
    case practice
    /// An exchange in place or partial on the peer's map, with nothing like it working on ours.
    case exchange
  }

  /// One item of the peer's map that shows it: a resource or an exchange, with its sources.
  package struct Evidence: Hashable, Sendable {
    /// The resource's name, or the exchange's id.
    package var name: String
    /// Its status in words, such as "operating" or "in place".
    package var status: String
    /// The sources the item cites in the peer's map, resolved to titles and addresses.
    package var sources: [SourceReference]

    /// Creates evidence.
    package init(name: String, status: String, sources: [SourceReference]) {
      self.name = name
      self.status = status
      self.sources = sources
    }
  }

  /// What kind of thing it is.
  package var kind: Kind
  /// The intercept: the practice's main one, or where the exchange happens.
  package var intercept: InterceptNumber
  /// The practice's name, or the exchange as "Jail → Health center: release dates".
  package var title: String
  /// The practice, for practice lessons.
  package var practice: PracticeReference?
  /// Whether the practice is core at its intercept.
  package var isCore: Bool
  /// Whether our map has the practice planned (not yet running).
  package var isPlannedByUs: Bool
  /// The peer's items that show it.
  package var evidence: [Evidence]

  /// Creates a lesson.
  package init(
    kind: Kind, intercept: InterceptNumber, title: String, practice: PracticeReference? = nil,
    isCore: Bool = false, isPlannedByUs: Bool = false, evidence: [Evidence]
  ) {
    self.kind = kind
    self.intercept = intercept
    self.title = title
    self.practice = practice
    self.isCore = isCore
    self.isPlannedByUs = isPlannedByUs
    self.evidence = evidence
  }
}
