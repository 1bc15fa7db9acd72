import Foundation
import SIMAnalysis

/// `simmap compare --library --format json`: described by `schema/ranking.schema.json`.
package struct RankingJSON: Encodable, Sendable {
  struct Peer: Encodable, Sendable {
    var rank: Int
    var map: MapJSON.Summary
    var similarity: MapJSON.SimilarityJSON
  }

  struct LeftOut: Encodable, Sendable {
    var file: String
    var reason: String
  }

  struct Evidence: Encodable, Sendable {
    var name: String
    var status: String
    var sources: [MapJSON.Source]
  }

  struct Lesson: Encodable, Sendable {
    var kind: String
    var intercept: Int
    var title: String
    var practice: String?
    var core: Bool
    var plannedByUs: Bool
    var evidence: [Evidence]
  }

  struct Lessons: Encodable, Sendable {
    var peer: String
    var rank: Int
    var items: [Lesson]
  }

  var ours: MapJSON.Summary
  var library: String
  var formula: String
  var weights: [String: Decimal]
  var peers: [Peer]
  var leftOut: [LeftOut]
  var lessons: [Lessons]

  /// The JSON shape of `ranking`.
  package init(_ ranking: LibraryRanking) {
    ours = MapJSON.Summary(ranking.ours)
    library = ranking.library
    formula = Similarity.formula
    weights = Dictionary(
      uniqueKeysWithValues: Similarity.Factor.allCases.map {
        ($0.rawValue, JSONOutput.decimal($0.weight))
      })
    peers = ranking.peers.map {
      Peer(
        rank: $0.rank, map: MapJSON.Summary($0.summary),
        similarity: MapJSON.SimilarityJSON($0.similarity))
    }
    leftOut = ranking.leftOut.map { LeftOut(file: $0.file, reason: $0.reason) }
    lessons = ranking.lessons.map { lessons in
      Lessons(
        peer: lessons.peer.summary.file, rank: lessons.peer.rank,
        items: lessons.items.map { lesson in
          Lesson(
            kind: lesson.kind.rawValue, intercept: lesson.intercept.value, title: lesson.title,
            practice: lesson.practice?.id, core: lesson.isCore, plannedByUs: lesson.isPlannedByUs,
            evidence: lesson.evidence.map {
              Evidence(
                name: $0.name, status: $0.status, sources: $0.sources.map(MapJSON.Source.init))
            })
        })
    }
  }
}
