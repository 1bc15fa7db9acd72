import SIMModel

/// A comparison as plain text: the similarity and its parts, coverage side by side, what each
/// map has that the other lacks, then every intercept side by side.
public struct TextComparisonReport: Sendable {
  /// Creates a reporter.
  public init() {}

  /// The report, ending with a newline.
  public func report(_ comparison: MapComparison) -> String {
    var lines = [
      "Comparison of \(ComparisonText.map(comparison.ours))",
      "         with \(ComparisonText.map(comparison.theirs))",
      "",
    ]
    lines += SimilarityText.lines(comparison.similarity) + [""]
    lines += coverage(comparison) + [""]
    lines += differences(comparison, theirs: true) + [""]
    lines += differences(comparison, theirs: false) + [""]
    lines += key(comparison)
    for intercept in comparison.intercepts {
      lines += [""] + InterceptText(comparison: comparison).lines(intercept)
    }
    return lines.joined(separator: "\n") + "\n"
  }

  private func coverage(_ comparison: MapComparison) -> [String] {
    var table = SideBySideText()
    table.row("Core practices running", comparison.ours.place, comparison.theirs.place, indent: 0)
    for (ours, theirs) in zip(
      comparison.ourCoverage.intercepts, comparison.theirCoverage.intercepts)
    {
      table.row(
        "\(ours.number) \(ours.title)", ComparisonText.score(ours), ComparisonText.score(theirs))
    }
    table.row(
      "Overall", ComparisonText.overall(comparison.ourCoverage),
      ComparisonText.overall(comparison.theirCoverage))
    return table.lines
  }

  /// What one map has that the other lacks: practices, then exchanges.
  private func differences(_ comparison: MapComparison, theirs: Bool) -> [String] {
    let (haver, lacker) =
      theirs ? (comparison.theirs, comparison.ours) : (comparison.ours, comparison.theirs)
    var lines = ["What \(haver.place) has that \(lacker.place) lacks"]
    let practices = theirs ? comparison.practicesTheyHave : comparison.practicesWeHave
    let exchanges = theirs ? comparison.exchangesTheyHave : comparison.exchangesWeHave
    if practices.isEmpty && exchanges.isEmpty { return lines + ["  nothing"] }
    if !practices.isEmpty { lines.append("  Practices running") }
    for (intercept, row) in practices {
      let names = theirs ? row.theirResources : row.ourResources
      let planned = (theirs ? row.ours : row.theirs) == .planned ? "; planned there" : ""
      let core = row.isCore ? "core practice" : "practice"
      lines += PlainTextWrap.hanging(
        "Intercept \(intercept): \(row.practice.name) (\(core) \(row.practice.id)\(planned)): "
          + names.joined(separator: "; "), width: 100, indent: 4)
    }
    if !exchanges.isEmpty { lines.append("  Information sharing in place or partial") }
    for exchange in exchanges {
      lines += PlainTextWrap.hanging(
        "Intercept \(exchange.intercept): \(exchange.description), \(exchange.status.label) "
          + "(exchange \(exchange.id))", width: 100, indent: 4)
    }
    return lines
  }

  /// How to read the intercept tables.
  private func key(_ comparison: MapComparison) -> [String] {
    PlainTextWrap.lines(
      "In each intercept below, + marks a practice only \(comparison.ours.place) runs and - one "
        + "only \(comparison.theirs.place) runs; \"yes\" means running, with the resources that run "
        + "it, and \"—\" neither running nor planned.", width: 100)
  }
}
