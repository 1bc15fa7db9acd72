import Foundation
import SIMModel

/// JSON pieces the comparison, ranking and diff reports share: sorted keys, stable order, and
/// scores as numbers rounded to two decimals.
enum ComparisonJSON {
  /// The document, pretty-printed with sorted keys, ending with a newline.
  static func text(_ root: [String: Any]) -> String {
    guard
      let data = try? JSONSerialization.data(
        withJSONObject: root, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]),
      let text = String(data: data, encoding: .utf8)
    else { return "{}\n" }
    return text + "\n"
  }

  /// A number rounded to two decimals, written without binary noise.
  static func number(_ value: Double) -> Decimal {
    Decimal(string: Similarity.decimal(value)) ?? 0
  }

  static func summary(_ summary: MapSummary) -> [String: Any] {
    var object: [String: Any] = [
      "file": summary.file, "name": summary.name, "place": summary.place,
      "kind": summary.kind.rawValue, "continuum": summary.continuum.rawValue,
      "workshopDates": summary.workshopDates.map(\.description),
    ]
    if let state = summary.state { object["state"] = state }
    if let population = summary.population { object["population"] = population }
    if let band = summary.populationBand { object["populationBand"] = band.label }
    return object
  }

  static func similarity(_ similarity: Similarity) -> [String: Any] {
    [
      "value": number(similarity.value),
      "percent": similarity.percent,
      "formula": Similarity.formula,
      "worked": similarity.worked,
      "parts": similarity.parts.map { part -> [String: Any] in
        var object: [String: Any] = [
          "factor": part.factor.rawValue, "weight": number(part.weight), "ours": part.ours,
          "theirs": part.theirs, "detail": part.detail, "counted": part.score != nil,
        ]
        if let score = part.score { object["score"] = number(score) }
        return object
      },
    ]
  }

  static func exchange(_ exchange: ExchangeSummary) -> [String: Any] {
    [
      "id": exchange.id.rawValue, "intercept": exchange.intercept.value, "from": exchange.from,
      "to": exchange.to, "data": exchange.data, "records": exchange.records.map(\.rawValue),
      "status": exchange.status.rawValue, "sources": exchange.sources.map(source),
    ]
  }

  static func resource(_ resource: Resource) -> [String: Any] {
    var object: [String: Any] = [
      "id": resource.id.rawValue, "name": resource.name, "status": resource.status.rawValue,
    ]
    if let practice = resource.practice { object["practice"] = practice }
    return object
  }

  static func gap(_ gap: Gap) -> [String: Any] {
    var object: [String: Any] = [
      "id": gap.id.rawValue, "text": gap.text, "severity": gap.severity.rawValue,
    ]
    if let practice = gap.practice { object["practice"] = practice }
    return object
  }

  static func source(_ source: SourceReference) -> [String: Any] {
    var object: [String: Any] = ["id": source.id, "title": source.title]
    if let url = source.url { object["url"] = url }
    return object
  }

  static func coverage(_ coverage: Coverage.Intercept) -> [String: Any] {
    [
      "present": coverage.present.map(\.id), "missing": coverage.missing.map(\.id),
      "total": coverage.total,
    ]
  }
}
