import SIMModel

/// A comparison as JSON for other tools: sorted keys, intercepts in order, lists in catalog or
/// map order.
public struct JSONComparisonReport: Sendable {
  /// Creates a reporter.
  public init() {}

  /// The report, pretty-printed, ending with a newline.
  public func report(_ comparison: MapComparison) -> String {
    ComparisonJSON.text([
      "ours": ComparisonJSON.summary(comparison.ours),
      "theirs": ComparisonJSON.summary(comparison.theirs),
      "similarity": ComparisonJSON.similarity(comparison.similarity),
      "coverage": [
        "ours": ["present": comparison.ourCoverage.present, "total": comparison.ourCoverage.total],
        "theirs": [
          "present": comparison.theirCoverage.present, "total": comparison.theirCoverage.total,
        ],
      ],
      "theyHave": [
        "practices": comparison.practicesTheyHave.map { practice($0.practice, at: $0.intercept) },
        "exchanges": comparison.exchangesTheyHave.map(ComparisonJSON.exchange),
      ],
      "weHave": [
        "practices": comparison.practicesWeHave.map { practice($0.practice, at: $0.intercept) },
        "exchanges": comparison.exchangesWeHave.map(ComparisonJSON.exchange),
      ],
      "intercepts": comparison.intercepts.map(intercept),
    ])
  }

  private func intercept(_ intercept: InterceptComparison) -> [String: Any] {
    [
      "intercept": intercept.number.value,
      "title": intercept.title,
      "practices": intercept.practices.map { practice($0, at: intercept.number) },
      "ours": side(intercept.ours),
      "theirs": side(intercept.theirs),
    ]
  }

  private func practice(_ row: PracticeComparison, at intercept: InterceptNumber) -> [String: Any] {
    [
      "id": row.practice.id, "name": row.practice.name, "core": row.isCore,
      "intercept": intercept.value, "ours": row.ours.rawValue, "theirs": row.theirs.rawValue,
      "difference": row.difference.rawValue, "ourResources": row.ourResources,
      "theirResources": row.theirResources,
    ]
  }

  private func side(_ side: InterceptSide) -> [String: Any] {
    [
      "resources": side.resources.map(ComparisonJSON.resource),
      "exchanges": side.exchanges.map(ComparisonJSON.exchange),
      "gaps": side.gaps.map(ComparisonJSON.gap),
      "coverage": ComparisonJSON.coverage(side.coverage),
    ]
  }
}
