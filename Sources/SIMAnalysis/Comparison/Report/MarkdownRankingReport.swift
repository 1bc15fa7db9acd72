/// A library ranking as a Markdown document: a table of peers, then what the most similar peers
/// have that our map lacks, with links to their sources.
public struct MarkdownRankingReport: Sendable {
  /// Creates a reporter.
  public init() {}

  /// The report, ending with a newline.
  public func report(_ ranking: LibraryRanking) -> String {
    var lines = [
      "# Peers of \(ComparisonText.markdown(ranking.ours.place))", "",
      "Map `\(ranking.ours.file)`, ranked against \(ComparisonText.markdown(ranking.library)).",
      "",
      "\(Similarity.formula); weights: "
        + Similarity.Factor.allCases.map { "\($0.label) \(Similarity.decimal($0.weight))" }
        .joined(separator: ", ") + ".",
      "",
      "| Rank | Peer | Similarity | "
        + Similarity.Factor.allCases.map(\.label).joined(separator: " | ") + " |",
      "|---|---|---|" + String(repeating: "---|", count: Similarity.Factor.allCases.count),
    ]
    for peer in ranking.peers {
      let parts = peer.similarity.parts.map { part in
        ComparisonText.partScore(part)
          + (part.factor == .practices && part.score != nil ? " (\(part.detail))" : "")
      }
      lines.append(
        "| \(peer.rank) | \(ComparisonText.markdown(peer.summary.place)) "
          + "(`\(peer.summary.file)`) | \(peer.similarity.percent)% | "
          + parts.joined(separator: " | ") + " |")
    }
    if !ranking.leftOut.isEmpty {
      lines += [""] + ranking.leftOut.map { "Left out: `\($0.file)` (\($0.reason))." }
    }
    for lessons in ranking.lessons {
      lines += [
        "",
        "## What \(ComparisonText.markdown(lessons.peer.summary.place)) has that "
          + "\(ComparisonText.markdown(ranking.ours.place)) lacks", "",
        "Peer \(lessons.peer.rank), \(lessons.peer.similarity.percent)% similar.", "",
      ]
      if lessons.items.isEmpty { lines.append("Nothing.") }
      for lesson in lessons.items { lines += self.lines(lesson) }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  private func lines(_ lesson: PeerLesson) -> [String] {
    let title = ComparisonText.markdown(lesson.title)
    var lines: [String]
    switch lesson.kind {
    case .practice:
      let kind = lesson.isCore ? "core practice" : "practice"
      let planned = lesson.isPlannedByUs ? "; planned on our map" : ""
      lines = [
        "- Intercept \(lesson.intercept): **\(title)** (\(kind) `\(lesson.practice?.id ?? "")`"
          + "\(planned))"
      ]
    case .exchange:
      lines = ["- Intercept \(lesson.intercept): sharing **\(title)**"]
    }
    for evidence in lesson.evidence {
      let name = ComparisonText.markdown(evidence.name)
      let what = lesson.kind == .exchange ? "exchange `\(evidence.name)`" : "“\(name)”"
      let sources =
        evidence.sources.isEmpty
        ? "no source cited"
        : "source: " + evidence.sources.map(link).joined(separator: "; ")
      lines.append("  - \(what) (\(evidence.status)); \(sources)")
    }
    return lines
  }

  private func link(_ source: SourceReference) -> String {
    let title = ComparisonText.markdown(source.title)
    guard let url = source.url else { return title }
    return "[\(title)](\(url.replacingOccurrences(of: ")", with: "%29")))"
  }
}
