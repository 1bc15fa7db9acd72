/// One intercept of the map: its decision points, resources, gaps and figures.
package struct Intercept: Hashable, Sendable, Identifiable {
  /// The intercept number.
  package var number: InterceptNumber
  /// The steps at this intercept, in the order the map gives (the SIM defaults if it gives none).
  package var decisionPoints: [DecisionPoint]
  /// The programs and services at this intercept.
  package var resources: [Resource]
  /// What is missing or failing here.
  package var gaps: [Gap]
  /// Figures for the intercept as a whole.
  package var measures: [Measure]

  /// Creates an intercept.
  package init(
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
  package var id: InterceptNumber { number }
}
