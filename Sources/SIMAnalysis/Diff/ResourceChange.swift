import SIMModel

/// A change to one resource between two mappings.
public struct ResourceChange: Hashable, Sendable {
  /// What changed.
  public enum Kind: String, Hashable, Sendable, CaseIterable {
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
  public var kind: Kind
  /// The intercept it is listed at on the new map, or was on the old one when it is gone.
  public var intercept: InterceptNumber
  /// The resource on the old map; nil when added.
  public var old: Resource?
  /// The resource on the new map; nil when no longer on the map.
  public var new: Resource?
  /// The intercept it was listed at on the old map.
  public var oldIntercept: InterceptNumber?
  /// How the old and new resource were paired; nil when added or gone.
  public var rule: MatchRule?

  /// Creates a change.
  public init(
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
  public var name: String { new?.name ?? old?.name ?? "" }
}
