import SIMModel

/// A comparison as a Markdown document: tables with ours and theirs side by side.
public struct MarkdownComparisonReport: Sendable {
  /// Creates a reporter.
  public init() {}

  /// The report, ending with a newline.
  public func report(_ comparison: MapComparison) -> String {
    let ours = ComparisonText.markdown(comparison.ours.place)
    let theirs = ComparisonText.markdown(comparison.theirs.place)
    var lines = [
      "# \(ours) compared with \(theirs)", "",
      "Ours: `\(comparison.ours.file)`. Theirs: `\(comparison.theirs.file)`.",
    ]
    lines += similarity(comparison.similarity)
    lines += [
      "", "## Core practices running", "", "| Intercept | \(ours) | \(theirs) |", "|---|---|---|",
    ]
    for (our, their) in zip(comparison.ourCoverage.intercepts, comparison.theirCoverage.intercepts)
    {
      lines.append(
        "| \(our.number) \(ComparisonText.markdown(our.title)) | \(ComparisonText.score(our)) | "
          + "\(ComparisonText.score(their)) |")
    }
    lines.append(
      "| **Overall** | **\(ComparisonText.overall(comparison.ourCoverage))** | "
        + "**\(ComparisonText.overall(comparison.theirCoverage))** |")
    lines += differences(comparison, theirs: true) + differences(comparison, theirs: false)
    for intercept in comparison.intercepts {
      lines += self.intercept(intercept, ours: ours, theirs: theirs)
    }
    return lines.joined(separator: "\n") + "\n"
  }

  private func similarity(_ similarity: Similarity) -> [String] {
    var lines = [
      "", "## Similarity: \(similarity.percent)%", "",
      "\(Similarity.formula): \(similarity.worked).", "",
      "| Part | Weight | Score | Ours | Theirs | How |", "|---|---|---|---|---|---|",
    ]
    for part in similarity.parts {
      lines.append(
        "| \(part.factor.label) | \(Similarity.decimal(part.weight)) | "
          + "\(ComparisonText.partScore(part)) | \(ComparisonText.markdown(part.ours)) | "
          + "\(ComparisonText.markdown(part.theirs)) | \(ComparisonText.markdown(part.detail)) |")
    }
    return lines
  }

  private func differences(_ comparison: MapComparison, theirs: Bool) -> [String] {
    let (haver, lacker) =
      theirs ? (comparison.theirs, comparison.ours) : (comparison.ours, comparison.theirs)
    var lines = [
      "",
      "## What \(ComparisonText.markdown(haver.place)) has that "
        + "\(ComparisonText.markdown(lacker.place)) lacks", "",
    ]
    let practices = theirs ? comparison.practicesTheyHave : comparison.practicesWeHave
    let exchanges = theirs ? comparison.exchangesTheyHave : comparison.exchangesWeHave
    if practices.isEmpty && exchanges.isEmpty { return lines + ["Nothing."] }
    if !practices.isEmpty { lines += ["### Practices running", ""] }
    for (intercept, row) in practices {
      let names = (theirs ? row.theirResources : row.ourResources).map(ComparisonText.markdown)
      let planned = (theirs ? row.ours : row.theirs) == .planned ? "; planned there" : ""
      lines.append(
        "- Intercept \(intercept): **\(ComparisonText.markdown(row.practice.name))** "
          + "(\(row.isCore ? "core practice" : "practice") `\(row.practice.id)`\(planned)): "
          + names.joined(separator: "; "))
    }
    if !exchanges.isEmpty {
      lines +=
        (practices.isEmpty ? [] : [""]) + ["### Information sharing in place or partial", ""]
    }
    for exchange in exchanges {
      lines.append(
        "- Intercept \(exchange.intercept): \(ComparisonText.markdown(exchange.description)), "
          + "\(exchange.status.label) (exchange `\(exchange.id)`)")
    }
    return lines
  }

  private func intercept(_ intercept: InterceptComparison, ours: String, theirs: String)
    -> [String]
  {
    var lines = [
      "", "## Intercept \(intercept.number): \(ComparisonText.markdown(intercept.title))", "",
      "| | \(ours) | \(theirs) |", "|---|---|---|",
    ]
    for row in intercept.practices {
      let mark: String =
        switch row.difference {
        case .onlyOurs: " (only ours)"
        case .onlyTheirs: " (only theirs)"
        case .both, .neither: ""
        }
      lines.append(
        "| \(row.isCore ? "Core: " : "")\(ComparisonText.markdown(row.practice.name))\(mark) | "
          + ComparisonText.markdown(ComparisonText.state(row.ours, resources: row.ourResources))
          + " | "
          + ComparisonText.markdown(ComparisonText.state(row.theirs, resources: row.theirResources))
          + " |")
    }
    lines.append(
      "| Resources | \(cell(intercept.ours.resources.map(ComparisonText.resource))) | "
        + "\(cell(intercept.theirs.resources.map(ComparisonText.resource))) |")
    lines.append(
      "| Information sharing | \(cell(ComparisonText.exchanges(intercept.ours))) | "
        + "\(cell(ComparisonText.exchanges(intercept.theirs))) |")
    lines.append(
      "| Gaps | \(cell(intercept.ours.gaps.map(\.text))) | \(cell(intercept.theirs.gaps.map(\.text))) |"
    )
    lines.append(
      "| Core practices running | \(ComparisonText.score(intercept.ours.coverage)) | "
        + "\(ComparisonText.score(intercept.theirs.coverage)) |")
    return lines
  }

  /// Items in one cell, separated by line breaks; "none" when empty.
  private func cell(_ items: [String]) -> String {
    items.isEmpty ? "none" : items.map(ComparisonText.markdown).joined(separator: "<br>")
  }
}
