import SIMAnalysis
import SIMModel

/// `simmap compare --format json` of two maps: described by `schema/comparison.schema.json`.
package struct ComparisonJSON: Encodable, Sendable {
  struct Count: Encodable, Sendable {
    var present: Int
    var total: Int
  }

  struct Coverage: Encodable, Sendable {
    var ours: Count
    var theirs: Count
  }

  struct Practice: Encodable, Sendable {
    var id: String
    var name: String
    var core: Bool
    var intercept: Int
    var ours: String
    var theirs: String
    var difference: String
    var ourResources: [String]
    var theirResources: [String]

    init(_ row: PracticeComparison, at intercept: InterceptNumber) {
      id = row.practice.id
      name = row.practice.name
      core = row.isCore
      self.intercept = intercept.value
      ours = row.ours.rawValue
      theirs = row.theirs.rawValue
      difference = row.difference.rawValue
      ourResources = row.ourResources
      theirResources = row.theirResources
    }
  }

  struct Lacking: Encodable, Sendable {
    var practices: [Practice]
    var exchanges: [MapJSON.ExchangeJSON]
  }

  struct SideCoverage: Encodable, Sendable {
    var present: [String]
    var missing: [String]
    var total: Int
  }

  struct Side: Encodable, Sendable {
    var resources: [MapJSON.ResourceJSON]
    var exchanges: [MapJSON.ExchangeJSON]
    var gaps: [MapJSON.GapJSON]
    var coverage: SideCoverage

    init(_ side: InterceptSide) {
      resources = side.resources.map(MapJSON.ResourceJSON.init)
      exchanges = side.exchanges.map(MapJSON.ExchangeJSON.init)
      gaps = side.gaps.map(MapJSON.GapJSON.init)
      coverage = SideCoverage(
        present: side.coverage.present.map(\.id), missing: side.coverage.missing.map(\.id),
        total: side.coverage.total)
    }
  }

  struct Intercept: Encodable, Sendable {
    var intercept: Int
    var title: String
    var practices: [Practice]
    var ours: Side
    var theirs: Side
  }

  var ours: MapJSON.Summary
  var theirs: MapJSON.Summary
  var similarity: MapJSON.SimilarityJSON
  var coverage: Coverage
  var theyHave: Lacking
  var weHave: Lacking
  var intercepts: [Intercept]

  /// The JSON shape of `comparison`.
  package init(_ comparison: MapComparison) {
    ours = MapJSON.Summary(comparison.ours)
    theirs = MapJSON.Summary(comparison.theirs)
    similarity = MapJSON.SimilarityJSON(comparison.similarity)
    coverage = Coverage(
      ours: Count(present: comparison.ourCoverage.present, total: comparison.ourCoverage.total),
      theirs: Count(
        present: comparison.theirCoverage.present, total: comparison.theirCoverage.total))
    theyHave = Lacking(
      practices: comparison.practicesTheyHave.map { Practice($0.practice, at: $0.intercept) },
      exchanges: comparison.exchangesTheyHave.map(MapJSON.ExchangeJSON.init))
    weHave = Lacking(
      practices: comparison.practicesWeHave.map { Practice($0.practice, at: $0.intercept) },
      exchanges: comparison.exchangesWeHave.map(MapJSON.ExchangeJSON.init))
    intercepts = comparison.intercepts.map { intercept in
      Intercept(
        intercept: intercept.number.value, title: intercept.title,
        practices: intercept.practices.map { Practice($0, at: intercept.number) },
        ours: Side(intercept.ours), theirs: Side(intercept.theirs))
    }
  }
}
