/// A library ranking as plain text: peers most similar first with the parts of each score, then
/// what the most similar peers have that our map lacks, with their sources.
public struct TextRankingReport: Sendable {
  /// Creates a reporter.
  public init() {}

  /// The report, ending with a newline.
  public func report(_ ranking: LibraryRanking) -> String {
    var lines = [
      "Peers of \(ComparisonText.map(ranking.ours)) in \(ranking.library)",
      Similarity.formula,
      "Weights: "
        + Similarity.Factor.allCases.map { "\($0.label) \(Similarity.decimal($0.weight))" }
        .joined(separator: ", "),
      "",
    ]
    if ranking.peers.isEmpty { lines.append("No peers to rank.") }
    for peer in ranking.peers {
      lines.append(
        PlainTextWrap.pad("\(peer.rank).", 5) + PlainTextWrap.pad("\(peer.similarity.percent)%", 6)
          + ComparisonText.map(peer.summary))
      let parts = peer.similarity.parts.map { part in
        "\(part.factor.label) \(ComparisonText.partScore(part))"
          + (part.factor == .practices && part.score != nil ? " (\(part.detail))" : "")
      }
      lines += PlainTextWrap.lines(parts.joined(separator: ", "), width: 89).map {
        String(repeating: " ", count: 11) + $0
      }
    }
    for leftOut in ranking.leftOut {
      lines.append("Left out: \(leftOut.file) (\(leftOut.reason))")
    }
    for lessons in ranking.lessons {
      lines += ["", lessonHeading(lessons, ours: ranking.ours)]
      if lessons.items.isEmpty { lines.append("  nothing") }
      for lesson in lessons.items { lines += self.lines(lesson) }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  private func lessonHeading(_ lessons: LibraryRanking.Lessons, ours: MapSummary) -> String {
    "What \(lessons.peer.summary.place) (peer \(lessons.peer.rank), "
      + "\(lessons.peer.similarity.percent)%) has that \(ours.place) lacks"
  }

  private func lines(_ lesson: PeerLesson) -> [String] {
    let heading: String
    switch lesson.kind {
    case .practice:
      let kind = lesson.isCore ? "core practice" : "practice"
      let planned = lesson.isPlannedByUs ? "; planned on our map" : ""
      heading =
        "Intercept \(lesson.intercept): \(lesson.title) "
        + "(\(kind) \(lesson.practice?.id ?? "")\(planned))"
    case .exchange:
      heading = "Intercept \(lesson.intercept): sharing \(lesson.title)"
    }
    var lines = PlainTextWrap.hanging(heading, width: 100, indent: 2)
    for evidence in lesson.evidence {
      let what = lesson.kind == .exchange ? "exchange \"\(evidence.name)\"" : "\"\(evidence.name)\""
      lines += PlainTextWrap.hanging("their \(what), \(evidence.status)", width: 100, indent: 4)
      if evidence.sources.isEmpty { lines.append("      no source cited") }
      for source in evidence.sources {
        lines += PlainTextWrap.hanging(
          "source: " + ComparisonText.source(source), width: 100, indent: 6)
      }
    }
    return lines
  }
}
