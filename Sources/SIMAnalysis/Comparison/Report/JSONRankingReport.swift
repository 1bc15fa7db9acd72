/// A library ranking as JSON for other tools: peers in rank order, sorted keys.
public struct JSONRankingReport: Sendable {
  /// Creates a reporter.
  public init() {}

  /// The report, pretty-printed, ending with a newline.
  public func report(_ ranking: LibraryRanking) -> String {
    ComparisonJSON.text([
      "ours": ComparisonJSON.summary(ranking.ours),
      "library": ranking.library,
      "formula": Similarity.formula,
      "weights": Dictionary(
        uniqueKeysWithValues: Similarity.Factor.allCases.map {
          ($0.rawValue, ComparisonJSON.number($0.weight))
        }),
      "peers": ranking.peers.map(peer),
      "leftOut": ranking.leftOut.map { ["file": $0.file, "reason": $0.reason] },
      "lessons": ranking.lessons.map { lessons -> [String: Any] in
        [
          "peer": lessons.peer.summary.file, "rank": lessons.peer.rank,
          "items": lessons.items.map(lesson),
        ]
      },
    ])
  }

  private func peer(_ peer: LibraryRanking.Peer) -> [String: Any] {
    [
      "rank": peer.rank, "map": ComparisonJSON.summary(peer.summary),
      "similarity": ComparisonJSON.similarity(peer.similarity),
    ]
  }

  private func lesson(_ lesson: PeerLesson) -> [String: Any] {
    var object: [String: Any] = [
      "kind": lesson.kind.rawValue, "intercept": lesson.intercept.value, "title": lesson.title,
      "core": lesson.isCore, "plannedByUs": lesson.isPlannedByUs,
      "evidence": lesson.evidence.map { evidence -> [String: Any] in
        [
          "name": evidence.name, "status": evidence.status,
          "sources": evidence.sources.map(ComparisonJSON.source),
        ]
      },
    ]
    if let practice = lesson.practice { object["practice"] = practice.id }
    return object
  }
}
