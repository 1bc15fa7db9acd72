import SIMModel

/// A change to one information exchange between two mappings.
package struct ExchangeChange: Hashable, Sendable {
  /// What changed.
  package enum Kind: String, Hashable, Sendable, CaseIterable {
    /// On the new map only.
    case added
    /// On the old map only.
    case removed
    /// Its status changed, such as gap → in place.
    case statusChanged = "status-changed"
  }

  /// What changed.
  package var kind: Kind
  /// The exchange on the old map; nil when added.
  package var old: ExchangeSummary?
  /// The exchange on the new map; nil when removed.
  package var new: ExchangeSummary?
  /// How the old and new exchange were paired; nil when added or removed.
  package var rule: MatchRule?

  /// Creates a change.
  package init(
    kind: Kind, old: ExchangeSummary? = nil, new: ExchangeSummary? = nil, rule: MatchRule? = nil
  ) {
    self.kind = kind
    self.old = old
    self.new = new
    self.rule = rule
  }

  /// The exchange as it is now, or was.
  package var exchange: ExchangeSummary? { new ?? old }

  /// The intercept where it happens now, or happened.
  package var intercept: InterceptNumber { exchange?.intercept ?? InterceptNumber.all[0] }

  /// Whether it is in place now and was not before (a gap, planned or partial).
  package var isNowInPlace: Bool {
    kind == .statusChanged && new?.status == .inPlace
  }
}
