/// One intercept of the map: its decision points, resources, gaps and figures.
public struct Intercept: Hashable, Sendable, Identifiable {
  /// The intercept number.
  public var number: InterceptNumber
  /// The steps at this intercept, in the order the map gives (the SIM defaults if it gives none).
  public var decisionPoints: [DecisionPoint]
  /// The programs and services at this intercept.
  public var resources: [Resource]
  /// What is missing or failing here.
  public var gaps: [Gap]
  /// Figures for the intercept as a whole.
  public var measures: [Measure]

  /// Creates an intercept.
  public init(
    number: InterceptNumber, decisionPoints: [DecisionPoint], resources: [Resource] = [],
    gaps: [Gap] = [], measures: [Measure] = []
  ) {
    self.number = number
    self.decisionPoints = decisionPoints
    self.resources = resources
    self.gaps = gaps
    self.measures = measures
  }

  /// The intercept number, as its identity.
  public var id: InterceptNumber { number }
}
