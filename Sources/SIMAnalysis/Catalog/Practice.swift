import SIMModel

/// An evidence-based practice of the Sequential Intercept Model, from the practice catalog.
package struct Practice: Hashable, Sendable, Identifiable {
  /// The continua a practice belongs to.
  package enum Scope: String, Hashable, Sendable, CaseIterable {
    /// Adult maps only.
    case adult
    /// Juvenile maps only.
    case juvenile
    /// Adult and juvenile maps.
    case both

    /// Whether a map of `continuum` can use the practice.
    package func includes(_ continuum: Continuum) -> Bool {
      switch self {
      case .both: true
      case .adult: continuum == .adult
      case .juvenile: continuum == .juvenile
      }
    }
  }

  /// The id maps use in `practice:`, such as `mobile-crisis`.
  package var id: String
  /// The name people use.
  package var name: String
  /// The intercepts where the practice sits, the main one first; never empty.
  package var intercepts: [InterceptNumber]
  /// The continua the practice belongs to.
  package var continuum: Scope
  /// Whether the SIM literature lists it as a key element of its main intercept.
  package var isCore: Bool
  /// What it is, in one sentence.
  package var summary: String
  /// Why it matters, with the evidence.
  package var why: String
  /// The figures it produces, which a map can record as measures.
  package var measures: [String]
  /// The kinds of agency that usually run it.
  package var runBy: [Agency.Role]
  /// Other names for it, for matching a map's free text.
  package var aliases: [String]
  /// The public sources the entry is based on.
  package var sources: [CatalogSource]

  /// Creates a practice; `intercepts` must not be empty.
  package init(
    id: String, name: String, intercepts: [InterceptNumber], continuum: Scope, isCore: Bool,
    summary: String, why: String, measures: [String] = [], runBy: [Agency.Role] = [],
    aliases: [String] = [], sources: [CatalogSource] = []
  ) {
    self.id = id
    self.name = name
    self.intercepts = intercepts
    self.continuum = continuum
    self.isCore = isCore
    self.summary = summary
    self.why = why
    self.measures = measures
    self.runBy = runBy
    self.aliases = aliases
    self.sources = sources
  }

  /// The intercept the practice belongs to first, where it counts as core.
  package var mainIntercept: InterceptNumber { intercepts.first ?? InterceptNumber.all[0] }

  /// Whether the practice is core at `intercept` for a map of `continuum`.
  package func isCore(at intercept: InterceptNumber, for continuum: Continuum) -> Bool {
    isCore && mainIntercept == intercept && self.continuum.includes(continuum)
  }
}
