/// The place a map describes.
public struct Jurisdiction: Hashable, Sendable {
  /// What kind of place it is.
  public enum Kind: String, Vocabulary {
    case county, city, region, state
    case tribalNation = "tribal-nation"
  }

  /// The name, such as "Riverbend County".
  public var name: String
  /// What kind of place it is.
  public var kind: Kind
  /// The state, by postal code or name.
  public var state: String?
  /// The number of residents.
  public var population: Int?
  /// Free notes.
  public var notes: String?
  /// The sources cited for it, such as a census page for the population.
  public var sources: [Source.ID]

  /// Creates a jurisdiction.
  public init(
    name: String, kind: Kind = .county, state: String? = nil, population: Int? = nil,
    notes: String? = nil, sources: [Source.ID] = []
  ) {
    self.name = name
    self.kind = kind
    self.state = state
    self.population = population
    self.notes = notes
    self.sources = sources
  }
}
