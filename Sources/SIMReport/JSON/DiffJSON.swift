import SIMAnalysis

/// `simmap diff --format json`: described by `schema/diff.schema.json`.
package struct DiffJSON: Encodable, Sendable {
  struct ResourceChangeJSON: Encodable, Sendable {
    var kind: String
    var intercept: Int
    var old: MapJSON.ResourceJSON?
    var new: MapJSON.ResourceJSON?
    var oldIntercept: Int?
    var matchedBy: String?
  }

  struct GapChangeJSON: Encodable, Sendable {
    var kind: String
    var intercept: Int
    var gap: MapJSON.GapJSON
    var closedBy: [String]
  }

  struct ExchangeChangeJSON: Encodable, Sendable {
    var kind: String
    var intercept: Int
    var nowInPlace: Bool
    var old: MapJSON.ExchangeJSON?
    var new: MapJSON.ExchangeJSON?
    var matchedBy: String?
  }

  struct Priority: Encodable, Sendable {
    var kind: String
    var id: String
    var rank: Int
    var title: String
    var stepsDone: Int
    var stepsTotal: Int
    var newlyDone: [String]
  }

  var old: MapJSON.Summary
  var new: MapJSON.Summary
  var sameJurisdiction: Bool
  var changeCount: Int
  var tally: [String]
  var resources: [ResourceChangeJSON]
  var gaps: [GapChangeJSON]
  var exchanges: [ExchangeChangeJSON]
  var priorities: [Priority]

  /// The JSON shape of `diff`.
  package init(_ diff: MapDiff) {
    old = MapJSON.Summary(diff.old)
    new = MapJSON.Summary(diff.new)
    sameJurisdiction = diff.old.isSameJurisdiction(as: diff.new)
    changeCount = diff.changeCount
    tally = diff.tally
    resources = diff.resources.map {
      ResourceChangeJSON(
        kind: $0.kind.rawValue, intercept: $0.intercept.value,
        old: $0.old.map(MapJSON.ResourceJSON.init), new: $0.new.map(MapJSON.ResourceJSON.init),
        oldIntercept: $0.oldIntercept?.value, matchedBy: $0.rule?.rawValue)
    }
    gaps = diff.gaps.map {
      GapChangeJSON(
        kind: $0.kind.rawValue, intercept: $0.intercept.value, gap: MapJSON.GapJSON($0.gap),
        closedBy: $0.closedBy)
    }
    exchanges = diff.exchanges.map {
      ExchangeChangeJSON(
        kind: $0.kind.rawValue, intercept: $0.intercept.value, nowInPlace: $0.isNowInPlace,
        old: $0.old.map(MapJSON.ExchangeJSON.init), new: $0.new.map(MapJSON.ExchangeJSON.init),
        matchedBy: $0.rule?.rawValue)
    }
    priorities = diff.priorities.map {
      Priority(
        kind: $0.kind.rawValue, id: $0.id, rank: $0.rank, title: $0.title,
        stepsDone: $0.stepsDone, stepsTotal: $0.stepsTotal, newlyDone: $0.newlyDone)
    }
  }
}
