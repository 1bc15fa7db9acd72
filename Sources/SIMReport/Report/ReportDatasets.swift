import SIMModel

/// The flat tables of a map for spreadsheets: resources, gaps, exchanges, priorities and
/// actions, one row per item in map order. An empty cell means the map does not record it.
struct ReportDatasets {
  let context: ReportContext

  /// Every table, with the stray spaces and line breaks of folded YAML text trimmed.
  var all: [ReportDataset] {
    [resources, gaps, exchanges, priorities, actions].map { dataset in
      var trimmed = dataset
      trimmed.rows = dataset.rows.map { $0.map(\.trimmed) }
      return trimmed
    }
  }

  private var map: Map { context.map }

  var resources: ReportDataset {
    ReportDataset(
      name: "resources",
      headers: [
        "Intercept", "Intercept name", "ID", "Resource", "Run by", "Decision point",
        "Also serves intercepts", "Practice", "Status", "Description", "Capacity", "Hours",
        "Figures", "Sources",
      ],
      rows: map.intercepts.flatMap { intercept in
        intercept.resources.map { resource in
          let point = resource.decisionPoint.flatMap { id in
            intercept.decisionPoints.first { $0.id == id }?.name
          }
          return [
            String(intercept.number.value), intercept.number.title(for: map.continuum),
            resource.id.rawValue, resource.name,
            resource.agencies.map(context.agencyName).joined(separator: "; "), point ?? "",
            resource.alsoServes.map { String($0.value) }.joined(separator: "; "),
            resource.practice.map(context.practiceName) ?? "",
            ReportWording.status(resource.status), resource.description ?? "",
            resource.capacity ?? "", resource.hours ?? "",
            resource.measures.map { $0.name + ": " + ReportWording.measure($0) }
              .joined(separator: "; "),
            context.sourceList(resource.sources),
          ]
        }
      })
  }

  var gaps: ReportDataset {
    ReportDataset(
      name: "gaps",
      headers: [
        "Intercept", "Intercept name", "ID", "Gap", "Severity", "Practice",
        "Addressed by priorities", "Sources",
      ],
      rows: map.allGaps.map { number, gap in
        [
          String(number.value), number.title(for: map.continuum), gap.id.rawValue, gap.text,
          gap.severity.label, gap.practice.map(context.practiceName) ?? "",
          context.priorities(addressing: gap.id).map { "\($0.rank). \($0.title)" }
            .joined(separator: "; "),
          context.sourceList(gap.sources),
        ]
      })
  }

  var exchanges: ReportDataset {
    ReportDataset(
      name: "exchanges",
      headers: [
        "ID", "Intercept", "From", "To", "Information", "Records", "Purpose", "Frequency",
        "Mechanism", "Legal bases", "Citations", "Agreement", "Agreement review by", "Status",
        "Sources",
      ],
      rows: map.exchanges.map { exchange in
        let bases = exchange.legalBases
        let agreement = exchange.agreement.flatMap(context.agreement)
        return [
          exchange.id.rawValue, String(exchange.intercept.value),
          context.agencyName(exchange.from), context.agencyName(exchange.to),
          exchange.data.joined(separator: "; "),
          exchange.records.map(\.label).joined(separator: "; "), exchange.purpose ?? "",
          exchange.frequency?.label ?? "", exchange.mechanism?.label ?? "",
          bases.map(context.basisName).joined(separator: "; "),
          bases.compactMap { context.legalBases.info($0)?.citation }.joined(separator: " | "),
          agreement.map(AgreementTable.name(of:)) ?? "",
          agreement?.reviewBy?.description ?? "",
          ReportWording.status(exchange.status), context.sourceList(exchange.sources),
        ]
      })
  }

  var priorities: ReportDataset {
    ReportDataset(
      name: "priorities",
      headers: ["Rank", "ID", "Priority", "Votes", "Intercepts", "Gaps addressed", "Sources"],
      rows: context.rankedPriorities.map { priority in
        [
          String(priority.rank), priority.id.rawValue, priority.title,
          priority.votes.map(String.init) ?? "",
          priority.intercepts.map { String($0.value) }.joined(separator: "; "),
          priority.gaps.map(\.rawValue).joined(separator: "; "),
          context.sourceList(priority.sources),
        ]
      })
  }

  var actions: ReportDataset {
    let priorities = Dictionary(
      map.priorities.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    return ReportDataset(
      name: "actions",
      headers: [
        "Priority rank", "Priority", "Action ID", "Objective", "Step", "Action step", "Who",
        "When", "Status",
      ],
      rows: map.actions.flatMap { action -> [[String]] in
        let priority = priorities[action.priority]
        let lead = [
          priority.map { String($0.rank) } ?? "", priority?.title ?? action.priority.rawValue,
          action.id?.rawValue ?? "", action.objective,
        ]
        guard !action.steps.isEmpty else { return [lead + ["", "", "", "", ""]] }
        return action.steps.enumerated().map { index, step in
          lead + [
            String(index + 1), step.action, step.who ?? "", step.when ?? "",
            ReportWording.status(step.status),
          ]
        }
      })
  }
}
