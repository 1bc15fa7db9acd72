import Foundation
import SIMAnalysis
import SIMModel

/// The pieces the comparison, ranking and diff JSON share.
enum MapJSON {
  struct Summary: Encodable, Sendable {
    var file: String
    var name: String
    var place: String
    var kind: String
    var continuum: String
    var workshopDates: [String]
    var state: String?
    var population: Int?
    var populationBand: String?

    init(_ summary: MapSummary) {
      file = summary.file
      name = summary.name
      place = summary.place
      kind = summary.kind.rawValue
      continuum = summary.continuum.rawValue
      workshopDates = summary.workshopDates.map(\.description)
      state = summary.state
      population = summary.population
      populationBand = summary.populationBand?.label
    }
  }

  struct SimilarityJSON: Encodable, Sendable {
    struct Part: Encodable, Sendable {
      var factor: String
      var weight: Decimal
      var score: Decimal?
      var counted: Bool
      var ours: String
      var theirs: String
      var detail: String
    }
    var value: Decimal
    var percent: Int
    var formula: String
    var worked: String
    var parts: [Part]

    init(_ similarity: Similarity) {
      value = JSONOutput.decimal(similarity.value)
      percent = similarity.percent
      formula = Similarity.formula
      worked = similarity.worked
      parts = similarity.parts.map {
        Part(
          factor: $0.factor.rawValue, weight: JSONOutput.decimal($0.weight),
          score: $0.score.map(JSONOutput.decimal), counted: $0.score != nil, ours: $0.ours,
          theirs: $0.theirs, detail: $0.detail)
      }
    }
  }

  struct Source: Encodable, Sendable {
    var id: String
    var title: String
    var url: String?

    init(_ source: SourceReference) {
      id = source.id
      title = source.title
      url = source.url.flatMap(LinkTarget.init)?.address
    }
  }

  struct ExchangeJSON: Encodable, Sendable {
    var id: String
    var intercept: Int
    var from: String
    var to: String
    var data: [String]
    var records: [String]
    var status: String
    var sources: [Source]

    init(_ exchange: ExchangeSummary) {
      id = exchange.id.rawValue
      intercept = exchange.intercept.value
      from = exchange.from
      to = exchange.to
      data = exchange.data
      records = exchange.records.map(\.rawValue)
      status = exchange.status.rawValue
      sources = exchange.sources.map(Source.init)
    }
  }

  struct ResourceJSON: Encodable, Sendable {
    var id: String
    var name: String
    var status: String
    var practice: String?

    init(_ resource: Resource) {
      id = resource.id.rawValue
      name = resource.name
      status = resource.status.rawValue
      practice = resource.practice
    }
  }

  struct GapJSON: Encodable, Sendable {
    var id: String
    var text: String
    var severity: String
    var practice: String?

    init(_ gap: Gap) {
      id = gap.id.rawValue
      text = gap.text
      severity = gap.severity.rawValue
      practice = gap.practice
    }
  }
}
