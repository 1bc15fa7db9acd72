import SIMAnalysis
import SIMModel

/// `simmap compare --library` as a document: the peers most similar first with the parts of
/// each score, then what the most similar peers have that our map lacks, with their sources.
package struct RankingDocument: Sendable {
  /// Creates a builder.
  package init() {}

  /// The document of `ranking`.
  package func document(for ranking: LibraryRanking) -> ReportDocument {
    let factors = Similarity.Factor.allCases
    var blocks: [Block] = [
      .paragraph([
        .text("Map "), .code(ranking.ours.file), .text(", ranked against \(ranking.library)."),
      ]),
      .paragraph([
        .text(
          "\(Similarity.formula); weights: "
            + factors.map { "\($0.label) \(Similarity.decimal($0.weight))" }
            .joined(separator: ", ") + ".")
      ]),
      .table(
        ReportTable(
          caption: "Peers, most similar first",
          columns: [
            .init("Rank", isNumeric: true), .init("Peer"), .init("Similarity", isNumeric: true),
            .init("Parts"),
          ],
          rows: ranking.peers.map(row), emptyText: "No peers to rank.")),
    ]
    if !ranking.leftOut.isEmpty {
      blocks.append(
        .list(
          ranking.leftOut.map { [.text("Left out: "), .code($0.file), .text(" (\($0.reason))")] },
          ordered: false))
    }
    for lessons in ranking.lessons {
      var content: [Block] = [
        .paragraph([
          .text("Peer \(lessons.peer.rank), \(lessons.peer.similarity.percent)% similar.")
        ])
      ]
      content.append(
        lessons.items.isEmpty
          ? .paragraph([.text("Nothing.")]) : .list(lessons.items.map(item), ordered: false))
      blocks.append(
        .section(
          ReportSection(
            id: "lessons-\(lessons.peer.rank)",
            title: "What \(lessons.peer.summary.place) has that \(ranking.ours.place) lacks",
            level: 2, blocks: content)))
    }
    return ReportDocument(title: "Peers of \(ranking.ours.place)", blocks: blocks)
  }

  private func row(_ peer: LibraryRanking.Peer) -> [[Inline]] {
    [
      [.text("\(peer.rank)")], [.text(peer.summary.place), .lineBreak, .code(peer.summary.file)],
      [.text("\(peer.similarity.percent)%")],
      peer.similarity.parts.enumerated().flatMap { index, part -> [Inline] in
        (index == 0 ? [] : [.lineBreak])
          + [
            .text(
              "\(part.factor.label) \(AnalysisWording.partScore(part))"
                + (part.factor == .practices && part.score != nil ? " (\(part.detail))" : ""))
          ]
      },
    ]
  }

  private func item(_ lesson: PeerLesson) -> [Inline] {
    var item: [Inline]
    switch lesson.kind {
    case .practice:
      let kind = lesson.isCore ? "core practice" : "practice"
      let planned = lesson.isPlannedByUs ? "; planned on our map" : ""
      item = [
        .text("Intercept \(lesson.intercept): "), .strong(lesson.title), .text(" (\(kind) "),
        .code(lesson.practice?.id ?? ""), .text("\(planned))"),
      ]
    case .exchange:
      item = [.text("Intercept \(lesson.intercept): sharing "), .strong(lesson.title)]
    }
    for evidence in lesson.evidence {
      item += [.lineBreak, .text("their ")]
      item +=
        lesson.kind == .exchange
        ? [.text("exchange "), .code(evidence.name)] : [.text("“\(evidence.name)”")]
      item.append(.text(", \(evidence.status); "))
      if evidence.sources.isEmpty {
        item.append(.missing("no source cited"))
      } else {
        item.append(.text("source: "))
        item += evidence.sources.enumerated().flatMap { index, source -> [Inline] in
          (index == 0 ? [] : [.text("; ")]) + [AnalysisWording.source(source)]
        }
      }
    }
    return item
  }
}
