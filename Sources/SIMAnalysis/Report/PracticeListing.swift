import Foundation
import SIMModel

/// The practice catalog as text, Markdown or JSON, for `simmap practices`.
///
/// Practices are grouped under their main intercept, or listed under the one intercept asked
/// for (with every practice that sits there), in catalog order.
public struct PracticeListing: Sendable {
  /// The catalog to list.
  public var catalog: PracticeCatalog
  /// Only practices that sit at this intercept; nil lists all.
  public var intercept: InterceptNumber?
  /// Only practices of this continuum (including those for both); nil lists all.
  public var continuum: Continuum?

  /// Creates a listing.
  public init(
    catalog: PracticeCatalog = .standard, intercept: InterceptNumber? = nil,
    continuum: Continuum? = nil
  ) {
    self.catalog = catalog
    self.intercept = intercept
    self.continuum = continuum
  }

  /// The practices listed, with the intercept each is listed under.
  var groups: [(InterceptNumber, [Practice])] {
    let selected = catalog.practices(at: intercept, continuum: continuum)
    let numbers = intercept.map { [$0] } ?? InterceptNumber.all
    return numbers.compactMap { number in
      let group = intercept == nil ? selected.filter { $0.mainIntercept == number } : selected
      return group.isEmpty ? nil : (number, group)
    }
  }

  private func title(_ number: InterceptNumber) -> String {
    "Intercept \(number): \(number.title(for: continuum ?? .adult))"
  }

  private func facts(_ practice: Practice) -> String {
    let intercepts = practice.intercepts.map(\.description).joined(separator: ", ")
    let scope = practice.continuum == .both ? "adult and juvenile" : practice.continuum.rawValue
    let core = practice.isCore ? "; core at intercept \(practice.mainIntercept)" : ""
    return "intercepts \(intercepts); \(scope)\(core)"
  }

  /// Plain text for a terminal.
  public func text() -> String {
    var lines: [String] = []
    for (number, practices) in groups {
      lines += [title(number), ""]
      for practice in practices {
        lines.append("  \(practice.id)  \(practice.name)")
        lines.append("    \(facts(practice))")
        lines.append("    \(practice.summary)")
        lines.append("")
      }
    }
    let count = groups.reduce(0) { $0 + $1.1.count }
    lines.append(
      "\(count) \(count == 1 ? "practice" : "practices"); write an id as practice: on a resource "
        + "or a gap")
    return lines.joined(separator: "\n") + "\n"
  }

  /// A Markdown document with one table per intercept.
  public func markdown() -> String {
    var lines = ["# Practices", ""]
    for (number, practices) in groups {
      lines += [
        "## \(title(number))", "", "| Id | Practice | Where | Summary |", "|---|---|---|---|",
      ]
      for practice in practices {
        lines.append(
          "| `\(practice.id)` | \(cell(practice.name)) | \(facts(practice)) | "
            + "\(cell(practice.summary)) |")
      }
      lines.append("")
    }
    return lines.joined(separator: "\n")
  }

  /// JSON with every field of every practice listed, in catalog order.
  public func json() -> String {
    let seen = groups.flatMap(\.1)
    let objects = seen.map { practice -> [String: Any] in
      [
        "id": practice.id, "name": practice.name,
        "intercepts": practice.intercepts.map(\.value), "continuum": practice.continuum.rawValue,
        "core": practice.isCore, "summary": practice.summary, "why": practice.why,
        "measures": practice.measures, "runBy": practice.runBy.map(\.rawValue),
        "aliases": practice.aliases,
        "sources": practice.sources.map { ["title": $0.title, "url": $0.url] },
      ]
    }
    guard
      let data = try? JSONSerialization.data(
        withJSONObject: ["practices": objects],
        options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]),
      let text = String(data: data, encoding: .utf8)
    else { return "{}\n" }
    return text + "\n"
  }

  private func cell(_ text: String) -> String {
    text.replacingOccurrences(of: "|", with: "\\|")
  }
}
