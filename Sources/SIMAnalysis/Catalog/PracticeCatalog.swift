import SIMModel

/// The practices simmap knows, with lookups by id, intercept and continuum.
public struct PracticeCatalog: Sendable {
  /// The practices, in catalog order.
  public let practices: [Practice]
  private let index: [String: Int]

  /// Creates a catalog; a later practice with an id already used is dropped.
  public init(practices: [Practice]) {
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
  /// The file is compiled into the library and checked by the tests, so it always loads; if a
  /// broken edit slipped through, simmap stops with the catalog's error rather than analyze with
  /// a partial list.
  public static let standard: PracticeCatalog = {
    do {
      return try PracticeCatalog(
        yaml: String(decoding: PackageResources.practices_yaml, as: UTF8.self))
    } catch {
      preconditionFailure("the built-in practice catalog does not load: \(error)")
    }
  }()

  /// Every practice id, in catalog order.
  public var ids: [String] { practices.map(\.id) }

  /// The practice with an id.
  public func practice(id: String) -> Practice? {
    index[id].map { practices[$0] }
  }

  /// The practices that sit at `intercept` (any of their intercepts) and belong to `continuum`,
  /// in catalog order; nil for either means any.
  public func practices(at intercept: InterceptNumber? = nil, continuum: Continuum? = nil)
    -> [Practice]
  {
    practices.filter { practice in
      (intercept.map { practice.intercepts.contains($0) } ?? true)
        && (continuum.map { practice.continuum.includes($0) } ?? true)
    }
  }

  /// The core practices of `intercept` for a map of `continuum`: the denominator of the
  /// coverage score.
  public func corePractices(at intercept: InterceptNumber, for continuum: Continuum)
    -> [Practice]
  {
    practices.filter { $0.isCore(at: intercept, for: continuum) }
  }
}
