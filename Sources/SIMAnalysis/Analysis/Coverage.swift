import SIMModel

/// How many of the SIM's core practices a map has running, per intercept and overall.
///
/// A core practice counts as present when a resource anywhere on the map implements it and is
/// operating or limited; planned and ended resources do not count.
public struct Coverage: Hashable, Sendable {
  /// One intercept's score.
  public struct Intercept: Hashable, Sendable {
    /// The intercept.
    public var number: InterceptNumber
    /// Its title in the map's continuum.
    public var title: String
    /// The core practices the map has running, in catalog order.
    public var present: [PracticeReference]
    /// The core practices it lacks, in catalog order.
    public var missing: [PracticeReference]

    /// Creates a score.
    public init(
      number: InterceptNumber, title: String, present: [PracticeReference],
      missing: [PracticeReference]
    ) {
      self.number = number
      self.title = title
      self.present = present
      self.missing = missing
    }

    /// The number of core practices at the intercept.
    public var total: Int { present.count + missing.count }
  }

  /// The six intercepts, 0 to 5.
  public var intercepts: [Intercept]

  /// Creates a coverage record.
  public init(intercepts: [Intercept]) {
    self.intercepts = intercepts
  }

  /// Core practices present across all intercepts.
  public var present: Int { intercepts.reduce(0) { $0 + $1.present.count } }
  /// Core practices across all intercepts.
  public var total: Int { intercepts.reduce(0) { $0 + $1.total } }
}

/// A practice named in a report: its id and name.
public struct PracticeReference: Hashable, Sendable {
  /// The catalog id.
  public var id: String
  /// The name people use.
  public var name: String

  /// Creates a reference.
  public init(id: String, name: String) {
    self.id = id
    self.name = name
  }
}
