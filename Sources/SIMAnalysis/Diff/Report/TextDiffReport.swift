/// A diff as plain text: the changes counted, then resources, gaps, information sharing and
/// priorities, each by intercept.
public struct TextDiffReport: Sendable {
  /// Creates a reporter.
  public init() {}

  /// The report, ending with a newline.
  public func report(_ diff: MapDiff) -> String {
    var lines = [
      "Progress of \(diff.new.place)",
      "  old: " + mapLine(diff.old),
      "  new: " + mapLine(diff.new),
    ]
    if let warning = DiffText.placeWarning(diff) { lines.append(warning) }
    lines += ["", DiffText.headline(diff)]
    lines += section(
      "Resources", diff.resources.map { "Intercept \($0.intercept): " + DiffText.resource($0) })
    lines += section("Gaps", diff.gaps.map { "Intercept \($0.intercept): " + DiffText.gap($0) })
    lines += section(
      "Information sharing",
      diff.exchanges.map { "Intercept \($0.intercept): " + DiffText.exchange($0) })
    lines += ["", "Priorities and action steps"]
    if diff.priorities.isEmpty { lines.append("  none on either map") }
    for progress in diff.priorities {
      lines += wrap(DiffText.priority(progress), indent: 2)
      for step in progress.newlyDone { lines += wrap("newly done: " + step, indent: 6) }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  private func mapLine(_ summary: MapSummary) -> String {
    summary.file + (ComparisonText.dates(summary).map { " (workshop \($0))" } ?? "")
  }

  private func section(_ title: String, _ items: [String]) -> [String] {
    ["", title] + (items.isEmpty ? ["  no changes"] : items.flatMap { wrap($0, indent: 2) })
  }

  private func wrap(_ text: String, indent: Int) -> [String] {
    PlainTextWrap.hanging(text, width: 100, indent: indent)
  }
}
