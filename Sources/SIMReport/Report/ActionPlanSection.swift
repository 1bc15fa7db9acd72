import SIMModel

/// The action planning matrix: for each priority, its objectives and their steps with who,
/// when and status.
struct ActionPlanSection {
  let context: ReportContext

  func section() -> ReportSection {
    let actions = context.map.actions
    var blocks: [Block] = [.paragraph(summary)]
    for priority in context.rankedPriorities {
      let served = actions.filter { $0.priority == priority.id }
      let content: [Block] =
        served.isEmpty
        ? [.paragraph([.missing("To decide: no action plan is recorded for this priority.")])]
        : [.table(table(served, priority: priority))]
      blocks.append(
        .section(
          ReportSection(
            id: "action-plan-\(priority.rank)-\(Anchor.make(priority.id.rawValue))",
            title: "Priority \(priority.rank): \(priority.title)", level: 3, blocks: content)))
    }
    return ReportSection(
      id: "action-plan", title: "Action planning matrix", level: 2, blocks: blocks,
      startsPage: !actions.isEmpty)
  }

  private var summary: [Inline] {
    let steps = context.map.actions.flatMap(\.steps)
    guard !context.map.actions.isEmpty else {
      return [.missing("The map records no action plan.")]
    }
    let counts = Action.Step.Status.allCases.compactMap { status -> String? in
      let count = steps.filter { $0.status == status }.count
      return count == 0 ? nil : "\(count) " + ReportWording.status(status).lowercased()
    }
    return [
      .text(
        "For each priority, the objectives the workshop set and the steps to reach them, with "
          + "who will take each step and by when. Of "
          + ReportWording.count(steps.count, "step", "steps") + ", "
          + ReportWording.list(counts) + ", as of \(context.asOfText).")
    ]
  }

  private func table(_ actions: [Action], priority: Priority) -> ReportTable {
    var rows: [[[Inline]]] = []
    for action in actions {
      guard !action.steps.isEmpty else {
        rows.append([
          [.text(action.objective)], [.missing("To decide: no steps recorded")],
          [.missing(ReportWording.notRecorded)], [.missing(ReportWording.notRecorded)],
          [.missing(ReportWording.notRecorded)],
        ])
        continue
      }
      for step in action.steps {
        rows.append([
          [.text(action.objective)],
          [.text(step.action)],
          .orMissing(step.who),
          .orMissing(step.when),
          [StatusBadge.step(step.status)],
        ])
      }
    }
    return ReportTable(
      caption: "Action plan for priority \(priority.rank)",
      columns: [
        .init("Objective"), .init("Action step"), .init("Who"), .init("When"), .init("Status"),
      ],
      rows: rows)
  }
}
