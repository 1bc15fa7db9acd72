/// A figure recorded at an intercept or for a resource, such as bookings a year.
public struct Measure: Hashable, Sendable {
  /// What is counted.
  public var name: String
  /// The figure.
  public var value: Double
  /// The unit, such as "bookings" or "%".
  public var unit: String?
  /// The year the figure is for.
  public var year: Int?
  /// The sources cited for the figure.
  public var sources: [Source.ID]

  /// Creates a measure.
  public init(
    name: String, value: Double, unit: String? = nil, year: Int? = nil, sources: [Source.ID] = []
  ) {
    self.name = name
    self.value = value
    self.unit = unit
    self.year = year
    self.sources = sources
  }
}
