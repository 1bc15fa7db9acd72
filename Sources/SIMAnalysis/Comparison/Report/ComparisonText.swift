import SIMModel

/// Wording the comparison, ranking and diff reports share, so the formats say things alike.
enum ComparisonText {
  /// `3 of 5`.
  static func score(_ coverage: Coverage.Intercept) -> String {
    "\(coverage.present.count) of \(coverage.total)"
  }

  /// `20 of 28 (71%)`.
  static func overall(_ coverage: Coverage) -> String {
    "\(coverage.present) of \(coverage.total) (\(ReportText.percent(coverage.present, of: coverage.total)))"
  }

  /// How a map has a practice: "running: Crisis line", "planned: …", "—".
  static func state(_ state: PracticeComparison.State, resources: [String]) -> String {
    let names = resources.isEmpty ? "" : ": " + resources.joined(separator: "; ")
    switch state {
    case .running: return "yes" + names
    case .planned: return "planned" + names
    case .absent: return "—"
    }
  }

  /// A resource with its status when it is not operating: "Drug court (limited)".
  static func resource(_ resource: Resource) -> String {
    resource.status == .operating ? resource.name : "\(resource.name) (\(resource.status.label))"
  }

  /// Exchanges grouped by status: "in place: A → B: data; gap: …", or "none".
  static func exchanges(_ side: InterceptSide) -> [String] {
    let lines = Exchange.Status.allCases.compactMap { status -> String? in
      let group = side.exchanges(status)
      guard !group.isEmpty else { return nil }
      return "\(status.label) (\(group.count)): " + group.map(\.description).joined(separator: "; ")
    }
    return lines.isEmpty ? ["none"] : lines
  }

  /// The list, or "none" when it is empty.
  static func list(_ items: [String]) -> String {
    items.isEmpty ? "none" : items.joined(separator: "; ")
  }

  /// A part of the similarity: its score to two decimals, or "left out".
  static func partScore(_ part: Similarity.Part) -> String {
    part.score.map(Similarity.decimal) ?? "left out"
  }

  /// A source as "Title <URL>", or the title alone.
  static func source(_ source: SourceReference) -> String {
    source.url.map { "\(source.title) <\($0)>" } ?? source.title
  }

  /// The file and place that name a map in headings: "Hancock County, OH (Maps/hancock.yaml)".
  static func map(_ summary: MapSummary) -> String {
    "\(summary.place) (\(summary.file))"
  }

  /// The workshop days in ISO form, "2026-03-04 to 2026-03-05", or nil.
  static func dates(_ summary: MapSummary) -> String? {
    guard let first = summary.workshopDates.min(), let last = summary.workshopDates.max() else {
      return nil
    }
    return first == last ? first.description : "\(first) to \(last)"
  }

  /// Text safe inside a Markdown table cell.
  static func markdown(_ text: String) -> String {
    var result = ""
    for character in text {
      switch character {
      case "|", "*", "`", "[", "]", "<", ">", "\\": result += "\\\(character)"
      case "\n": result += " "
      default: result.append(character)
      }
    }
    return result
  }
}
