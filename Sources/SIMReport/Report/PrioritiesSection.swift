import SIMModel

/// The priorities for change the workshop voted on, with the votes as a chart.
struct PrioritiesSection {
  let context: ReportContext

  func section() -> ReportSection {
    let priorities = context.rankedPriorities
    var blocks: [Block] = []
    if priorities.isEmpty {
      blocks.append(.paragraph([.missing("The map records no priorities for change.")]))
    } else {
      let voted = priorities.contains { $0.votes != nil }
      blocks.append(
        .paragraph(
          [
            .text(
              "The priorities for change in rank order, with the intercepts they concern and "
                + "the gaps they address.")
          ] + (voted ? [] : [.text(" "), .missing("The map does not record the votes.")])))
      if voted {
        blocks.append(
          .chart(
            VoteChart(
              id: "vote-chart", title: "Votes for each priority",
              bars: priorities.map {
                VoteChart.Bar(label: "\($0.rank). \($0.title)", votes: $0.votes)
              }
            )))
      }
      blocks.append(.table(table(priorities)))
    }
    let unaddressed = context.map.allGaps.filter {
      context.priorities(addressing: $0.gap.id).isEmpty
    }
    if !priorities.isEmpty && !unaddressed.isEmpty {
      blocks.append(
        .paragraph([
          .text(
            ReportWording.count(unaddressed.count, "gap is", "gaps are")
              + " not addressed by any priority; they are marked “not a priority” in the "
              + "tables by intercept.")
        ]))
    }
    return ReportSection(
      id: "priorities", title: "Priorities for change", level: 2, blocks: blocks,
      startsPage: !priorities.isEmpty)
  }

  private func table(_ priorities: [Priority]) -> ReportTable {
    let gapText = Dictionary(
      context.map.allGaps.map { ($0.gap.id, $0.gap.text) }, uniquingKeysWith: { first, _ in first })
    return ReportTable(
      caption: "Priorities for change",
      columns: [
        .init("Rank", isNumeric: true), .init("Priority"), .init("Votes", isNumeric: true),
        .init("Intercepts"), .init("Gaps addressed"),
      ],
      rows: priorities.map { priority in
        let gaps = priority.gaps.map { gapText[$0] ?? $0.rawValue }
        return [
          [.text("\(priority.rank)")],
          [.strong(priority.title)] + context.citations(priority.sources),
          .orMissing(priority.votes.map(String.init)),
          .orMissing(
            priority.intercepts.isEmpty
              ? nil : priority.intercepts.map { String($0.value) }.joined(separator: ", ")),
          gaps.isEmpty
            ? [.missing(ReportWording.notRecorded)]
            : gaps.enumerated().flatMap { index, text -> [Inline] in
              (index > 0 ? [.lineBreak] : []) + [.text("• " + text)]
            },
        ]
      })
  }
}
