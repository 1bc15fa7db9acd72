/// A diff as JSON for other tools: sorted keys, changes by intercept.
public struct JSONDiffReport: Sendable {
  /// Creates a reporter.
  public init() {}

  /// The report, pretty-printed, ending with a newline.
  public func report(_ diff: MapDiff) -> String {
    ComparisonJSON.text([
      "old": ComparisonJSON.summary(diff.old),
      "new": ComparisonJSON.summary(diff.new),
      "sameJurisdiction": diff.old.isSameJurisdiction(as: diff.new),
      "changeCount": diff.changeCount,
      "tally": diff.tally,
      "resources": diff.resources.map(resource),
      "gaps": diff.gaps.map { change -> [String: Any] in
        [
          "kind": change.kind.rawValue, "intercept": change.intercept.value,
          "gap": ComparisonJSON.gap(change.gap), "closedBy": change.closedBy,
        ]
      },
      "exchanges": diff.exchanges.map(exchange),
      "priorities": diff.priorities.map { progress -> [String: Any] in
        [
          "kind": progress.kind.rawValue, "id": progress.id, "rank": progress.rank,
          "title": progress.title, "stepsDone": progress.stepsDone,
          "stepsTotal": progress.stepsTotal, "newlyDone": progress.newlyDone,
        ]
      },
    ])
  }

  private func resource(_ change: ResourceChange) -> [String: Any] {
    var object: [String: Any] = ["kind": change.kind.rawValue, "intercept": change.intercept.value]
    if let old = change.old { object["old"] = ComparisonJSON.resource(old) }
    if let new = change.new { object["new"] = ComparisonJSON.resource(new) }
    if let intercept = change.oldIntercept { object["oldIntercept"] = intercept.value }
    if let rule = change.rule { object["matchedBy"] = rule.rawValue }
    return object
  }

  private func exchange(_ change: ExchangeChange) -> [String: Any] {
    var object: [String: Any] = [
      "kind": change.kind.rawValue, "intercept": change.intercept.value,
      "nowInPlace": change.isNowInPlace,
    ]
    if let old = change.old { object["old"] = ComparisonJSON.exchange(old) }
    if let new = change.new { object["new"] = ComparisonJSON.exchange(new) }
    if let rule = change.rule { object["matchedBy"] = rule.rawValue }
    return object
  }
}
