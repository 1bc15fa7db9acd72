import SIMModel

/// The table of an intercept's resources: what each is, who runs it, how big it is.
struct ResourceTable {
  let context: ReportContext

  func table(for intercept: Intercept) -> ReportTable {
    ReportTable(
      caption: "Resources at Intercept \(intercept.number.value)",
      columns: [
        .init("Resource"), .init("Run by"), .init("Practice"), .init("Status"),
        .init("Capacity and hours"), .init("Figures"),
      ],
      rows: intercept.resources.map { resource in row(resource, in: intercept) },
      hasRowHeaders: true, emptyText: "No resources recorded at this intercept.")
  }

  private func row(_ resource: Resource, in intercept: Intercept) -> [[Inline]] {
    var name: [Inline] = [.strong(resource.name)]
    if let description = resource.description {
      name += [.lineBreak, .detail(description.trimmed)]
    }
    var placement: [String] = []
    if let point = resource.decisionPoint,
      let step = intercept.decisionPoints.first(where: { $0.id == point })
    {
      placement.append("At: " + step.name)
    }
    if !resource.alsoServes.isEmpty {
      placement.append(
        "Also serves Intercept "
          + ReportWording.list(resource.alsoServes.map { String($0.value) }))
    }
    if !placement.isEmpty { name += [.lineBreak, .detail(placement.joined(separator: ". "))] }
    name += context.citations(resource.sources)
    return [
      name,
      .orMissing(context.agencyNames(resource.agencies)),
      .orMissing(resource.practice.map(context.practiceName)),
      [StatusBadge.resource(resource.status)],
      capacity(resource),
      figures(resource),
    ]
  }

  private func capacity(_ resource: Resource) -> [Inline] {
    var parts: [Inline] = []
    if let capacity = resource.capacity { parts.append(.text(capacity)) }
    if let hours = resource.hours {
      if !parts.isEmpty { parts.append(.lineBreak) }
      parts.append(.text("Hours: " + hours))
    }
    return parts.isEmpty ? [.missing(ReportWording.notRecorded)] : parts
  }

  private func figures(_ resource: Resource) -> [Inline] {
    guard !resource.measures.isEmpty else { return [.missing(ReportWording.notRecorded)] }
    var parts: [Inline] = []
    for measure in resource.measures {
      if !parts.isEmpty { parts.append(.lineBreak) }
      parts.append(.text(measure.name + ": " + ReportWording.measure(measure)))
      parts += context.citations(measure.sources)
    }
    return parts
  }
}
