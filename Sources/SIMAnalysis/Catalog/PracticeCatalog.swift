import SIMModel

/// The practices simmap knows, with lookups by id, intercept and continuum.
package struct PracticeCatalog: Sendable {
  /// The practices, in catalog order.
  package let practices: [Practice]
  private let index: [String: Int]

  /// Creates a catalog; a later practice with an id already used is dropped.
  package init(practices: [Practice]) {
    var index: [String: Int] = [:]
    var kept: [Practice] = []
    for practice in practices where index[practice.id] == nil {
      index[practice.id] = kept.count
      kept.append(practice)
    }
    self.practices = kept
    self.index = index
  }

  /// The catalog shipped with simmap, `Resources/practices.yaml`.
  ///
  /// Compiled into the library as Swift values (`StandardCatalogs+Generated.swift`, which the
  /// tests check against the YAML), so using it costs no parsing; it is built on first use.
  package static let standard = PracticeCatalog(practices: StandardCatalogs.practices)

  /// Every practice id, in catalog order.
  package var ids: [String] { practices.map(\.id) }

  /// The practice with an id.
  package func practice(id: String) -> Practice? {
    index[id].map { practices[$0] }
  }

  /// The practices that sit at `intercept` (any of their intercepts) and belong to `continuum`,
  /// in catalog order; nil for either means any.
  package func practices(at intercept: InterceptNumber? = nil, continuum: Continuum? = nil)
    -> [Practice]
  {
    practices.filter { practice in
      (intercept.map { practice.intercepts.contains($0) } ?? true)
        && (continuum.map { practice.continuum.includes($0) } ?? true)
    }
  }

  /// The core practices of `intercept` for a map of `continuum`: the denominator of the
  /// coverage score.
  package func corePractices(at intercept: InterceptNumber, for continuum: Continuum)
    -> [Practice]
  {
    practices.filter { $0.isCore(at: intercept, for: continuum) }
  }
}
