/// The mapping workshop the map came from.
public struct Workshop: Hashable, Sendable {
  /// The days of the workshop.
  public var dates: [CalendarDate]
  /// The people or organizations who facilitated it.
  public var facilitators: [String]
  /// How many people took part.
  public var participants: Int?
  /// The core planning team.
  public var team: [TeamMember]
  /// Free notes, such as who requested the workshop.
  public var notes: String?
  /// The sources cited for it.
  public var sources: [Source.ID]

  /// Creates a workshop record.
  public init(
    dates: [CalendarDate] = [], facilitators: [String] = [], participants: Int? = nil,
    team: [TeamMember] = [], notes: String? = nil, sources: [Source.ID] = []
  ) {
    self.dates = dates
    self.facilitators = facilitators
    self.participants = participants
    self.team = team
    self.notes = notes
    self.sources = sources
  }
}
