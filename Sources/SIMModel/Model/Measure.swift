/// A figure recorded at an intercept or for a resource, such as bookings a year.
package struct Measure: Hashable, Sendable {
  /// What is counted.
  package var name: String
  /// The figure.
  package var value: Double
  /// The unit, such as "bookings" or "%".
  package var unit: String?
  /// The year the figure is for.
  package var year: Int?
  /// The sources cited for the figure.
  package var sources: [Source.ID]

  /// Creates a measure.
  package init(
    name: String, value: Double, unit: String? = nil, year: Int? = nil, sources: [Source.ID] = []
  ) {
    self.name = name
    self.value = value
    self.unit = unit
    self.year = year
    self.sources = sources
  }
}
