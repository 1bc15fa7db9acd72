/// One of the six intercepts of the Sequential Intercept Model, 0 to 5.
package struct InterceptNumber: Hashable, Comparable, Sendable, CustomStringConvertible {
  /// The number, 0...5.
  package let value: Int

  /// The valid range of intercept numbers.
  package static let range = 0...5

  /// All six intercepts in order.
  package static let all: [InterceptNumber] = range.map { InterceptNumber(unchecked: $0) }

  /// The intercept with this number, or nil outside 0...5.
  package init?(_ value: Int) {
    guard Self.range.contains(value) else { return nil }
    self.value = value
  }

  private init(unchecked value: Int) {
    self.value = value
  }

  /// The number as text.
  package var description: String { String(value) }

  /// Orders intercepts from 0 to 5.
  package static func < (lhs: InterceptNumber, rhs: InterceptNumber) -> Bool {
    lhs.value < rhs.value
  }

  /// The intercept's title in the wording of a continuum, such as "Law Enforcement".
  package func title(for continuum: Continuum) -> String {
    switch continuum {
    case .adult: Self.adultTitles[value]
    case .juvenile: Self.juvenileTitles[value]
    }
  }

  // SAMHSA/PRA names (domain.md §1.3).
  private static let adultTitles = [
    "Community Services", "Law Enforcement", "Initial Detention / Initial Court Hearings",
    "Jails / Courts", "Reentry", "Community Corrections",
  ]

  // Juvenile wording after Heilbrun et al. 2017 (domain.md §1.7).
  private static let juvenileTitles = [
    "Community and School Services", "Law Enforcement and School Referral",
    "Intake and Detention Hearing", "Detention and Juvenile Court",
    "Reentry from Placement", "Juvenile Probation and Aftercare",
  ]
}
