import SIMModel

/// A change to one information exchange between two mappings.
public struct ExchangeChange: Hashable, Sendable {
  /// What changed.
  public enum Kind: String, Hashable, Sendable, CaseIterable {
    /// On the new map only.
    case added
    /// On the old map only.
    case removed
    /// Its status changed, such as gap → in place.
    case statusChanged = "status-changed"
  }

  /// What changed.
  public var kind: Kind
  /// The exchange on the old map; nil when added.
  public var old: ExchangeSummary?
  /// The exchange on the new map; nil when removed.
  public var new: ExchangeSummary?
  /// How the old and new exchange were paired; nil when added or removed.
  public var rule: MatchRule?

  /// Creates a change.
  public init(
    kind: Kind, old: ExchangeSummary? = nil, new: ExchangeSummary? = nil, rule: MatchRule? = nil
  ) {
    self.kind = kind
    self.old = old
    self.new = new
    self.rule = rule
  }

  /// The exchange as it is now, or was.
  public var exchange: ExchangeSummary? { new ?? old }

  /// The intercept where it happens now, or happened.
  public var intercept: InterceptNumber { exchange?.intercept ?? InterceptNumber.all[0] }

  /// Whether it is in place now and was not before (a gap, planned or partial).
  public var isNowInPlace: Bool {
    kind == .statusChanged && new?.status == .inPlace
  }
}
