import SIMAnalysis

/// `simmap practices --format json`: described by `schema/listing.schema.json`.
package struct ListingJSON: Encodable, Sendable {
  struct Source: Encodable, Sendable {
    var title: String
    var url: String?
  }

  struct PracticeJSON: Encodable, Sendable {
    var id: String
    var name: String
    var intercepts: [Int]
    var continuum: String
    var core: Bool
    var summary: String
    var why: String
    var measures: [String]
    var runBy: [String]
    var aliases: [String]
    var sources: [Source]
  }

  var practices: [PracticeJSON]

  /// The JSON shape of `listing`: every field of every practice listed, in listing order.
  package init(_ listing: PracticeListing) {
    practices = listing.practices.map { practice in
      PracticeJSON(
        id: practice.id, name: practice.name, intercepts: practice.intercepts.map(\.value),
        continuum: practice.continuum.rawValue, core: practice.isCore, summary: practice.summary,
        why: practice.why, measures: practice.measures, runBy: practice.runBy.map(\.rawValue),
        aliases: practice.aliases,
        sources: practice.sources.map {
          Source(title: $0.title, url: LinkTarget($0.url)?.address)
        })
    }
  }
}
