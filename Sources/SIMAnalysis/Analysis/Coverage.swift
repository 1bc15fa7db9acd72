import SIMModel

/// How many of the SIM's core practices a map has running, per intercept and overall.
///
/// A core practice counts as present when a resource anywhere on the map implements it and is
/// operating or limited; planned and ended resources do not count.
package struct Coverage: Hashable, Sendable {
  /// One intercept's score.
  package struct Intercept: Hashable, Sendable {
    /// The intercept.
    package var number: InterceptNumber
    /// Its title in the map's continuum.
    package var title: String
    /// The core practices the map has running, in catalog order.
    package var present: [PracticeReference]
    /// The core practices it lacks, in catalog order.
    package var missing: [PracticeReference]

    /// Creates a score.
    package init(
      number: InterceptNumber, title: String, present: [PracticeReference],
      missing: [PracticeReference]
    ) {
      self.number = number
      self.title = title
      self.present = present
      self.missing = missing
    }

    /// The number of core practices at the intercept.
    package var total: Int { present.count + missing.count }
  }

  /// The six intercepts, 0 to 5.
  package var intercepts: [Intercept]

  /// Creates a coverage record.
  package init(intercepts: [Intercept]) {
    self.intercepts = intercepts
  }

  /// Core practices present across all intercepts.
  package var present: Int { intercepts.reduce(0) { $0 + $1.present.count } }
  /// Core practices across all intercepts.
  package var total: Int { intercepts.reduce(0) { $0 + $1.total } }
}

/// A practice named in a report: its id and name.
package struct PracticeReference: Hashable, Sendable {
  /// The catalog id.
  package var id: String
  /// The name people use.
  package var name: String

  /// Creates a reference.
  package init(id: String, name: String) {
    self.id = id
    self.name = name
  }
}
