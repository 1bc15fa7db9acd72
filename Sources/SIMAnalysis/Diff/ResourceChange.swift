import SIMModel

/// A change to one resource between two mappings.
package struct ResourceChange: Hashable, Sendable {
  /// What changed.
  package enum Kind: String, Hashable, Sendable, CaseIterable {
    /// On the new map only.
    case added
    /// Status changed to ended, or no longer on the map.
    case ended
    /// The same resource under a new name.
    case renamed
    /// Its status changed, other than to ended (planned → operating, limited → operating…).
    case statusChanged = "status-changed"
    /// Listed at another intercept.
    case moved
  }

  /// What changed.
  package var kind: Kind
  /// The intercept it is listed at on the new map, or was on the old one when it is gone.
  package var intercept: InterceptNumber
  /// The resource on the old map; nil when added.
  package var old: Resource?
  /// The resource on the new map; nil when no longer on the map.
  package var new: Resource?
  /// The intercept it was listed at on the old map.
  package var oldIntercept: InterceptNumber?
  /// How the old and new resource were paired; nil when added or gone.
  package var rule: MatchRule?

  /// Creates a change.
  package init(
    kind: Kind, intercept: InterceptNumber, old: Resource? = nil, new: Resource? = nil,
    oldIntercept: InterceptNumber? = nil, rule: MatchRule? = nil
  ) {
    self.kind = kind
    self.intercept = intercept
    self.old = old
    self.new = new
    self.oldIntercept = oldIntercept
    self.rule = rule
  }

  /// The name it has now, or had.
  package var name: String { new?.name ?? old?.name ?? "" }
}
