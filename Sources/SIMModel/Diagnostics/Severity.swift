/// How serious a diagnostic is.
package enum Severity: String, Sendable, Hashable, Comparable, CaseIterable {
  /// Something to read alongside another diagnostic.
  case note
  /// A likely mistake that does not stop simmap from using the map.
  case warning
  /// A problem that makes the map unusable until it is fixed.
  case error

  private var rank: Int {
    switch self {
    case .note: 0
    case .warning: 1
    case .error: 2
    }
  }

  /// Orders from least to most serious.
  package static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}
