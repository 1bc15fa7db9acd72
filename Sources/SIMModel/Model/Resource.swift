/// A program or service that serves people at an intercept.
public struct Resource: Hashable, Sendable, Identifiable {
  /// The resource's id.
  public typealias ID = Identifier<Resource>

  /// Whether the resource is running.
  public enum Status: String, Vocabulary {
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
  public var id: ID
  /// The name on the map.
  public var name: String
  /// The agencies that run it; more than one for a joint program.
  public var agencies: [Agency.ID]
  /// The decision point it sits at, when the map says.
  public var decisionPoint: DecisionPoint.ID?
  /// Other intercepts it also serves.
  public var alsoServes: [InterceptNumber]
  /// The evidence-based practice it implements.
  public var practice: String?
  /// What it does.
  public var description: String?
  /// How many people it can serve, as the map words it.
  public var capacity: String?
  /// When it is open, as the map words it.
  public var hours: String?
  /// Whether it is running.
  public var status: Status
  /// Figures recorded for it.
  public var measures: [Measure]
  /// The sources cited for it.
  public var sources: [Source.ID]

  /// Creates a resource.
  public init(
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
