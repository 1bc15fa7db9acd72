/// The mapping workshop the map came from.
package struct Workshop: Hashable, Sendable {
  /// The days of the workshop.
  package var dates: [CalendarDate]
  /// The people or organizations who facilitated it.
  package var facilitators: [String]
  /// How many people took part.
  package var participants: Int?
  /// The core planning team.
  package var team: [TeamMember]
  /// Free notes, such as who requested the workshop.
  package var notes: String?
  /// The sources cited for it.
  package var sources: [Source.ID]

  /// Creates a workshop record.
  package init(
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
