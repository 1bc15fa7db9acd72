import Foundation
import SIMTestSupport
import Testing

/// `simmap render --view opportunities` draws the analysis `simmap analyze` prints for the same
/// map and date: the same opportunities, with the same ranks and suggestions.
@Suite("opportunities view and analyze agree")
struct OpportunitiesAgreementTests {
  /// Each opportunity `analyze --format json` lists, as the picture labels it: `#rank: title`.
  private static func analyzedOpportunities(_ workspace: Workspace, asOf: String) throws
    -> [String]
  {
    let output = try workspace.run(
      ["analyze", "riverbend.yaml", "--format", "json", "--as-of", asOf])
    let json = try JSONSerialization.jsonObject(with: Data(output.stdout.utf8))
    let object = try #require(json as? [String: Any], "\(output.stderr)")
    let opportunities = try #require(object["opportunities"] as? [[String: Any]])
    return try opportunities.map { opportunity in
      let rank = try #require(opportunity["rank"] as? Int)
      let suggestion = try #require(opportunity["suggestion"] as? [String: Any])
      let title = try #require(suggestion["title"] as? String)
      return "#\(rank): \(title)"
    }
  }

  /// The text of the opportunities view's DOT as read in the picture: tags out, entities
  /// decoded, every run of spaces and line breaks one space.
  private static func drawnText(_ workspace: Workspace, asOf: String) throws -> String {
    let output = try workspace.run(
      [
        "render", "riverbend.yaml", "--view", "opportunities", "--format", "dot", "--as-of", asOf,
        "-o", "-",
      ])
    #expect(output.status == 0, "\(output.stderr)")
    var text = output.stdout.replacing(try Regex("<[^<>]*>"), with: " ")
    for (entity, character) in [
      ("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&#93;", "]"),
      ("&amp;", "&"),
    ] {
      text = text.replacingOccurrences(of: entity, with: character)
    }
    return text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }

  @Test("the same opportunities, ranks and suggestions", arguments: ["2026-06-01", "2031-01-15"])
  func sameOpportunities(asOf: String) throws {
    let workspace = try Workspace("agreement")
    let analyzed = try Self.analyzedOpportunities(workspace, asOf: asOf)
    #expect(!analyzed.isEmpty)
    let drawn = try Self.drawnText(workspace, asOf: asOf)
    for line in analyzed { #expect(drawn.contains(line + " "), "the picture lacks \(line)") }
    let ranks = drawn.matches(of: try Regex("#[0-9]+: ")).count
    #expect(ranks == analyzed.count, "the picture shows \(ranks) ranked opportunities")
  }

  @Test("render refuses a malformed --as-of date like analyze does")
  func malformedDate() throws {
    let workspace = try Workspace("agreement-date")
    let output = try workspace.run(
      ["render", "riverbend.yaml", "--view", "opportunities", "--as-of", "2026-14-04"])
    #expect(output.status != 0)
    #expect(output.stderr.contains("--as-of"))
  }
}
