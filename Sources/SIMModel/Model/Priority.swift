/// A priority for change the workshop voted on.
public struct Priority: Hashable, Sendable, Identifiable {
  /// The priority's id.
  public typealias ID = Identifier<Priority>

  /// The id actions use in `priority:`.
  public var id: ID
  /// Its place in the ranking, 1 first.
  public var rank: Int
  /// The priority in the workshop's words.
  public var title: String
  /// The votes it received.
  public var votes: Int?
  /// The intercepts it concerns.
  public var intercepts: [InterceptNumber]
  /// The gaps it addresses.
  public var gaps: [Gap.ID]
  /// The sources cited for it.
  public var sources: [Source.ID]

  /// Creates a priority.
  public init(
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
