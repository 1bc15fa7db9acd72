/// A recommendation simmap derives from the analysis: what to do, why, and the items it
/// concerns.
struct Recommendation: Hashable, Sendable {
  /// What to do, as a heading.
  var title: String
  /// Why, from what the analysis found.
  var reason: String
  /// The specific items, one sentence each.
  var items: [[Inline]]
  /// The analysis rules it rests on.
  var rules: [String]
}
