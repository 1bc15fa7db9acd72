import SIMModel

/// One intercept of a comparison as text: a row per practice, then resources, exchanges, gaps
/// and the core-practice score, ours and theirs side by side.
struct InterceptText {
  let comparison: MapComparison

  func lines(_ intercept: InterceptComparison) -> [String] {
    var table = SideBySideText()
    table.line("Intercept \(intercept.number): \(intercept.title)")
    table.row("", comparison.ours.place, comparison.theirs.place, indent: 0)
    addPractices("Core practices", intercept.core, to: &table)
    addPractices("Other practices", intercept.other, to: &table)
    table.row("Resources", resources(intercept.ours), resources(intercept.theirs))
    let ours = ComparisonText.exchanges(intercept.ours)
    let theirs = ComparisonText.exchanges(intercept.theirs)
    for index in 0..<max(ours.count, theirs.count) {
      table.row(
        index == 0 ? "Information sharing" : "", index < ours.count ? ours[index] : "",
        index < theirs.count ? theirs[index] : "")
    }
    table.row("Gaps", gaps(intercept.ours), gaps(intercept.theirs))
    table.row(
      "Core practices running", ComparisonText.score(intercept.ours.coverage),
      ComparisonText.score(intercept.theirs.coverage))
    return table.lines
  }

  private func addPractices(
    _ heading: String, _ rows: [PracticeComparison], to table: inout SideBySideText
  ) {
    guard !rows.isEmpty else { return }
    table.row(heading, "", "")
    for row in rows {
      table.row(
        marker(row) + row.practice.name,
        ComparisonText.state(row.ours, resources: row.ourResources),
        ComparisonText.state(row.theirs, resources: row.theirResources), indent: 4)
    }
  }

  /// `+ ` for a practice only ours runs, `- ` for one only theirs runs, spaces otherwise.
  private func marker(_ row: PracticeComparison) -> String {
    switch row.difference {
    case .onlyOurs: "+ "
    case .onlyTheirs: "- "
    case .both, .neither: "  "
    }
  }

  private func resources(_ side: InterceptSide) -> String {
    side.resources.isEmpty
      ? "none"
      : "\(side.resources.count): "
        + side.resources.map(ComparisonText.resource).joined(separator: "; ")
  }

  private func gaps(_ side: InterceptSide) -> String {
    side.gaps.isEmpty
      ? "none" : "\(side.gaps.count): " + side.gaps.map(\.text).joined(separator: "; ")
  }
}
