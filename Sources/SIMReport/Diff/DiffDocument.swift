import SIMAnalysis
import SIMModel

/// `simmap diff` as a document: the changes counted, then resources, gaps, information sharing
/// and priorities, each by intercept.
package struct DiffDocument: Sendable {
  /// Creates a builder.
  package init() {}

  /// The document of `diff`.
  package func document(for diff: MapDiff) -> ReportDocument {
    var blocks: [Block] = [
      .facts([Fact("Old", map(diff.old)), Fact("New", map(diff.new))])
    ]
    if let warning = DiffWording.placeWarning(diff) { blocks.append(.paragraph([.text(warning)])) }
    blocks.append(.paragraph([.strong(DiffWording.headline(diff) + ".")]))
    blocks.append(
      section(
        "Resources", id: "resources",
        diff.resources.map { ($0.intercept, DiffWording.resource($0)) }))
    blocks.append(
      section("Gaps", id: "gaps", diff.gaps.map { ($0.intercept, DiffWording.gap($0)) }))
    blocks.append(
      section(
        "Information sharing", id: "information-sharing",
        diff.exchanges.map { ($0.intercept, DiffWording.exchange($0)) }))
    let priorities: Block =
      diff.priorities.isEmpty
      ? .paragraph([.text("None on either map.")])
      : .list(
        diff.priorities.map { progress in
          [.text(DiffWording.priority(progress))]
            + progress.newlyDone.flatMap { step -> [Inline] in
              [.lineBreak, .text("newly done: " + step)]
            }
        }, ordered: false)
    blocks.append(
      .section(
        ReportSection(
          id: "priorities", title: "Priorities and action steps", level: 2,
          blocks: [priorities])))
    return ReportDocument(title: "Progress of \(diff.new.place)", blocks: blocks)
  }

  private func map(_ summary: MapSummary) -> [Inline] {
    [.code(summary.file)]
      + (AnalysisWording.dates(summary).map { [.text(", workshop \($0)")] } ?? [])
  }

  private func section(_ title: String, id: String, _ items: [(InterceptNumber, String)])
    -> Block
  {
    .section(
      ReportSection(
        id: id, title: title, level: 2,
        blocks: [
          .table(
            ReportTable(
              caption: "\(title) changed",
              columns: [.init("Intercept", isNumeric: true), .init("Change")],
              rows: items.map { [[.text("\($0.0)")], [.text($0.1)]] },
              emptyText: "No changes."))
        ]))
  }
}
