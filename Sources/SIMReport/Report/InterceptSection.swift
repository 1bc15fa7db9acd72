import SIMModel

/// One intercept's resources, gaps and figures, as tables.
struct InterceptSection {
  let context: ReportContext
  let intercept: Intercept

  func section() -> ReportSection {
    let number = intercept.number
    var blocks: [Block] = [.paragraph(decisionPoints)]
    blocks.append(.table(ResourceTable(context: context).table(for: intercept)))
    let visiting = context.map.allResources.filter { listed, resource in
      listed != number && resource.alsoServes.contains(number)
    }
    if !visiting.isEmpty {
      let names = visiting.map { listed, resource in
        "\(resource.name) (Intercept \(listed.value))"
      }
      blocks.append(
        .paragraph([
          .strong("Also serving this intercept: "),
          .text(ReportWording.list(names) + "."),
        ]))
    }
    blocks.append(.table(gaps))
    if !intercept.measures.isEmpty { blocks.append(.table(measures)) }
    return ReportSection(
      id: "intercept-\(number.value)", title: context.interceptTitle(number), level: 3,
      blocks: blocks)
  }

  private var decisionPoints: [Inline] {
    let names = intercept.decisionPoints.map { point in
      point.isDefault ? point.name : point.name + " (local step)"
    }
    guard !names.isEmpty else { return [.missing("No decision points recorded.")] }
    return [.strong("Decision points: "), .text(names.joined(separator: " → ") + ".")]
  }

  private var gaps: ReportTable {
    ReportTable(
      caption: "Gaps at Intercept \(intercept.number.value)",
      columns: [
        .init("Gap"), .init("Severity"), .init("Practice that would close it"),
        .init("Priority"),
      ],
      rows: intercept.gaps.map { gap in
        let priorities = context.priorities(addressing: gap.id).map { "\($0.rank). \($0.title)" }
        return [
          [.text(gap.text.trimmed)] + context.citations(gap.sources),
          [StatusBadge.severity(gap.severity)],
          .orMissing(gap.practice.map(context.practiceName)),
          priorities.isEmpty
            ? [.missing("not a priority")] : [.text(priorities.joined(separator: "; "))],
        ]
      }, emptyText: "No gaps recorded at this intercept.")
  }

  private var measures: ReportTable {
    ReportTable(
      caption: "Figures for Intercept \(intercept.number.value)",
      columns: [.init("Measure"), .init("Figure", isNumeric: true)],
      rows: intercept.measures.map { measure in
        [
          [.text(measure.name)],
          [.text(ReportWording.measure(measure))] + context.citations(measure.sources),
        ]
      }, hasRowHeaders: true)
  }
}
