import SIMModel

/// Who one side of a comparison or diff is: the file, the place and what the similarity score
/// reads from it.
package struct MapSummary: Hashable, Sendable {
  /// The map file, as the user named it (or the sample map's file name).
  package var file: String
  /// The jurisdiction's name, such as "Hancock County".
  package var name: String
  /// The state, when the map gives one.
  package var state: String?
  /// What kind of place it is.
  package var kind: Jurisdiction.Kind
  /// The number of residents, when the map records it.
  package var population: Int?
  /// Adult or juvenile.
  package var continuum: Continuum
  /// The days of the mapping workshop, when the map records them.
  package var workshopDates: [CalendarDate]

  /// The summary of `map`, read from `file`.
  package init(map: Map, file: String) {
    self.file = file
    self.name = map.jurisdiction.name
    self.state = map.jurisdiction.state
    self.kind = map.jurisdiction.kind
    self.population = map.jurisdiction.population
    self.continuum = map.continuum
    self.workshopDates = map.workshop?.dates ?? []
  }

  /// The name with the state, such as "Hancock County, OH".
  package var place: String {
    guard let state, !state.isEmpty else { return name }
    return name + ", " + state
  }

  /// The population band, or nil when the map records no population.
  package var populationBand: PopulationBand? {
    population.map(PopulationBand.init(population:))
  }

  /// Whether two maps describe the same place in the same continuum (not peers of each other).
  package func isSameJurisdiction(as other: MapSummary) -> Bool {
    name.lowercased() == other.name.lowercased()
      && (state ?? "").lowercased() == (other.state ?? "").lowercased()
      && continuum == other.continuum
  }
}
