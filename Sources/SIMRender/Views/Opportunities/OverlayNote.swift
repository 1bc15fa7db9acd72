/// A note the analysis adds to one intercept of the opportunities view.
struct OverlayNote: Hashable, Sendable {
  /// What the note marks.
  enum Kind: Hashable, Sendable {
    /// A core practice of the intercept that no running resource implements.
    case missingPractice
    /// A justice and a health agency serving the same people with no exchange in place.
    case opportunity
    /// How many more opportunities the intercept has than the picture shows.
    case more
  }

  /// What the note marks.
  var kind: Kind
  /// The headline, such as the practice's name or the two agencies.
  var title: String
  /// Further lines: the suggested exchange, the legal bases that would allow it.
  var details: [String]
}
