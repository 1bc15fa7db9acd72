import SIMModel

/// A gap closed or opened between two mappings.
package struct GapChange: Hashable, Sendable {
  /// What changed.
  package enum Kind: String, Hashable, Sendable, CaseIterable {
    /// On the old map, not on the new one.
    case closed
    /// On the new map, not on the old one.
    case opened
  }

  /// What changed.
  package var kind: Kind
  /// The intercept the gap is listed at.
  package var intercept: InterceptNumber
  /// The gap, as the map that has it words it.
  package var gap: Gap
  /// For a closed gap naming a practice: the new map's running resources that implement it.
  package var closedBy: [String]

  /// Creates a change.
  package init(kind: Kind, intercept: InterceptNumber, gap: Gap, closedBy: [String] = []) {
    self.kind = kind
    self.intercept = intercept
    self.gap = gap
    self.closedBy = closedBy
  }
}
