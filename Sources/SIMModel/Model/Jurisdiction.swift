/// The place a map describes.
package struct Jurisdiction: Hashable, Sendable {
  /// What kind of place it is.
  package enum Kind: String, Vocabulary {
    case county, city, region, state
    case tribalNation = "tribal-nation"
  }

  /// The name, such as "Riverbend County".
  package var name: String
  /// What kind of place it is.
  package var kind: Kind
  /// The state, by postal code or name.
  package var state: String?
  /// The number of residents.
  package var population: Int?
  /// Free notes.
  package var notes: String?
  /// The sources cited for it, such as a census page for the population.
  package var sources: [Source.ID]

  /// Creates a jurisdiction.
  package init(
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
