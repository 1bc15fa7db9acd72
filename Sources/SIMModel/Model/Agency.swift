/// An organization that takes part in the continuum: police, a court, a provider, a school.
package struct Agency: Hashable, Sendable, Identifiable {
  /// The agency's id.
  package typealias ID = Identifier<Agency>

  /// The id other items use to name the agency.
  package var id: ID
  /// The full name.
  package var name: String
  /// A short name for crowded pictures.
  package var shortName: String?
  /// The system the agency belongs to.
  package var sector: Sector
  /// What the agency does; at least one role when the map names any.
  package var roles: [Role]
  /// Whether it is a HIPAA covered entity, when the map says.
  package var isHIPAACoveredEntity: Bool?
  /// Whether it is a federally assisted 42 CFR Part 2 program, when the map says.
  package var isPart2Program: Bool?
  /// The sources cited for the agency.
  package var sources: [Source.ID]

  /// Creates an agency.
  package init(
    id: ID, name: String, shortName: String? = nil, sector: Sector, roles: [Role] = [],
    isHIPAACoveredEntity: Bool? = nil, isPart2Program: Bool? = nil, sources: [Source.ID] = []
  ) {
    self.id = id
    self.name = name
    self.shortName = shortName
    self.sector = sector
    self.roles = roles
    self.isHIPAACoveredEntity = isHIPAACoveredEntity
    self.isPart2Program = isPart2Program
    self.sources = sources
  }

  /// The name to show where space is short.
  package var displayName: String { shortName ?? name }
}
