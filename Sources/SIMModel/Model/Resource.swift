/// A program or service that serves people at an intercept.
package struct Resource: Hashable, Sendable, Identifiable {
  /// The resource's id.
  package typealias ID = Identifier<Resource>

  /// Whether the resource is running.
  package enum Status: String, Vocabulary {
    /// Running as intended (the default).
    case operating
    /// Running with too little capacity, hours or reach.
    case limited
    /// Agreed or funded but not yet running.
    case planned
    /// No longer running.
    case ended
  }

  /// The id other items use.
  package var id: ID
  /// The name on the map.
  package var name: String
  /// The agencies that run it; more than one for a joint program.
  package var agencies: [Agency.ID]
  /// The decision point it sits at, when the map says.
  package var decisionPoint: DecisionPoint.ID?
  /// Other intercepts it also serves.
  package var alsoServes: [InterceptNumber]
  /// The evidence-based practice it implements.
  package var practice: String?
  /// What it does.
  package var description: String?
  /// How many people it can serve, as the map words it.
  package var capacity: String?
  /// When it is open, as the map words it.
  package var hours: String?
  /// Whether it is running.
  package var status: Status
  /// Figures recorded for it.
  package var measures: [Measure]
  /// The sources cited for it.
  package var sources: [Source.ID]

  /// Creates a resource.
  package init(
    id: ID, name: String, agencies: [Agency.ID] = [], decisionPoint: DecisionPoint.ID? = nil,
    alsoServes: [InterceptNumber] = [], practice: String? = nil, description: String? = nil,
    capacity: String? = nil, hours: String? = nil, status: Status = .operating,
    measures: [Measure] = [], sources: [Source.ID] = []
  ) {
    self.id = id
    self.name = name
    self.agencies = agencies
    self.decisionPoint = decisionPoint
    self.alsoServes = alsoServes
    self.practice = practice
    self.description = description
    self.capacity = capacity
    self.hours = hours
    self.status = status
    self.measures = measures
    self.sources = sources
  }
}
