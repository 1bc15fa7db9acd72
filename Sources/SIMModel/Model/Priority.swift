/// A priority for change the workshop voted on.
package struct Priority: Hashable, Sendable, Identifiable {
  /// The priority's id.
  package typealias ID = Identifier<Priority>

  /// The id actions use in `priority:`.
  package var id: ID
  /// Its place in the ranking, 1 first.
  package var rank: Int
  /// The priority in the workshop's words.
  package var title: String
  /// The votes it received.
  package var votes: Int?
  /// The intercepts it concerns.
  package var intercepts: [InterceptNumber]
  /// The gaps it addresses.
  package var gaps: [Gap.ID]
  /// The sources cited for it.
  package var sources: [Source.ID]

  /// Creates a priority.
  package init(
    id: ID, rank: Int, title: String, votes: Int? = nil, intercepts: [InterceptNumber] = [],
    gaps: [Gap.ID] = [], sources: [Source.ID] = []
  ) {
    self.id = id
    self.rank = rank
    self.title = title
    self.votes = votes
    self.intercepts = intercepts
    self.gaps = gaps
    self.sources = sources
  }
}
