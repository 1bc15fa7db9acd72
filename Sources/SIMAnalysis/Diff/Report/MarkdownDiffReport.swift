import SIMModel

/// A diff as a Markdown document, for a follow-up report.
public struct MarkdownDiffReport: Sendable {
  /// Creates a reporter.
  public init() {}

  /// The report, ending with a newline.
  public func report(_ diff: MapDiff) -> String {
    var lines = [
      "# Progress of \(ComparisonText.markdown(diff.new.place))", "",
      "- Old: `\(diff.old.file)`"
        + (ComparisonText.dates(diff.old).map { ", workshop \($0)" } ?? ""),
      "- New: `\(diff.new.file)`"
        + (ComparisonText.dates(diff.new).map { ", workshop \($0)" } ?? ""),
    ]
    if let warning = DiffText.placeWarning(diff) {
      lines += ["", ComparisonText.markdown(warning) + "."]
    }
    lines += ["", "**\(DiffText.headline(diff)).**"]
    lines += section("Resources", diff.resources.map { ($0.intercept, DiffText.resource($0)) })
    lines += section("Gaps", diff.gaps.map { ($0.intercept, DiffText.gap($0)) })
    lines += section(
      "Information sharing", diff.exchanges.map { ($0.intercept, DiffText.exchange($0)) })
    lines += ["", "## Priorities and action steps", ""]
    if diff.priorities.isEmpty { lines.append("None on either map.") }
    for progress in diff.priorities {
      lines.append("- " + ComparisonText.markdown(DiffText.priority(progress)))
      lines += progress.newlyDone.map { "  - newly done: " + ComparisonText.markdown($0) }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  private func section(_ title: String, _ items: [(InterceptNumber, String)]) -> [String] {
    var lines = ["", "## \(title)", ""]
    if items.isEmpty { return lines + ["No changes."] }
    lines += ["| Intercept | Change |", "|---|---|"]
    lines += items.map { "| \($0.0) | \(ComparisonText.markdown($0.1)) |" }
    return lines
  }
}
