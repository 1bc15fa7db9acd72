import Foundation
import SIMModel
import SIMTestSupport
import Testing

@testable import SIMAnalysis

/// The indexed linkage finder gives exactly what the plain definition gives: every pair of a
/// justice and a health agency running resources at an intercept, with a fitting template, no
/// shared resource and no exchange in place, ranked as documented (ties in the order found).
struct LinkageReferenceTests {
  static let maps: [(name: String, text: String)] =
    (["Examples/tutorial.yaml"] + Fixtures.yamlFiles(in: "Maps").map(Fixtures.relativePath)).map {
      ($0, (try? AnalysisHarness.repositoryText($0)) ?? "")
    } + [
      ("pairs 7 × 6", HostileMaps.agencyPairs(justice: 7, health: 6)),
      ("600 resources", HostileMaps.manyResources(600)),
      ("flood 9 × 8", HostileMaps.opportunityFlood(justice: 9, health: 8, nameLength: 20)),
    ]

  @Test("matches the definition on every sample map and on generated ones", arguments: maps)
  func matchesDefinition(name: String, text: String) throws {
    let loaded = try #require(AnalysisValidator().check(text: text, file: name).loaded)
    let context = AnalysisContext(
      loaded: loaded, catalog: .standard, legalBases: .standard, asOf: AnalysisHarness.asOf)
    let found = LinkageFinder(context: context).ranked(keeping: .max)
    let expected = Self.reference(context)
    #expect(found.total == expected.count)
    #expect(found.opportunities.map(Self.key) == expected.map(Self.key), "\(name)")
    let best = LinkageFinder(context: context).ranked(keeping: 3)
    #expect(best.opportunities.map(Self.key) == Array(expected.prefix(3)).map(Self.key))
    #expect(best.total == expected.count)
  }

  private static func key(_ opportunity: LinkageOpportunity) -> String {
    "\(opportunity.intercept) \(opportunity.justice.id) \(opportunity.health.id) "
      + "\(opportunity.resources) \(opportunity.people?.value ?? -1) \(opportunity.suggestion.title)"
  }

  /// The definition, pair by pair, scanning every exchange for each pair.
  private static func reference(_ context: AnalysisContext) -> [LinkageOpportunity] {
    var found: [LinkageOpportunity] = []
    for intercept in InterceptNumber.all {
      let running = context.placements(serving: intercept).filter(\.isRunning)
      var seen = Set<Agency.ID>()
      let agencies = running.flatMap(\.resource.agencies).filter { seen.insert($0).inserted }
        .compactMap(context.agency)
      for justice in agencies where justice.sector == .justice {
        for health in agencies where health.sector.isHealth {
          let shared = running.contains {
            $0.resource.agencies.contains(justice.id) && $0.resource.agencies.contains(health.id)
          }
          let linked = context.map.exchanges.contains {
            $0.intercept == intercept && $0.status == .inPlace
              && Set([$0.from, $0.to]) == Set([justice.id, health.id])
          }
          guard !shared, !linked,
            let template = LinkageTemplate.first(justice: justice, health: health, at: intercept)
          else { continue }
          let touched = running.filter {
            $0.resource.agencies.contains { $0 == justice.id || $0 == health.id }
          }
          found.append(
            LinkageOpportunity(
              rank: 0, intercept: intercept,
              justice: .init(id: justice.id, name: justice.displayName),
              health: .init(id: health.id, name: health.displayName),
              resources: touched.map(\.resource.id),
              people: PeopleCount(context: context).largest(at: intercept, among: touched),
              suggestion: .init(
                title: template.title, from: .init(id: justice.id, name: ""),
                to: .init(id: health.id, name: ""), data: "", records: [], purpose: ""),
              legalBases: [], named: [], location: nil))
        }
      }
    }
    // A stable sort: pairs that tie keep the order they were found in.
    return found.enumerated().sorted { lhs, rhs in
      let (a, b) = (lhs.element, rhs.element)
      if a.resources.count != b.resources.count { return a.resources.count > b.resources.count }
      let (left, right) = (a.people?.value ?? -1, b.people?.value ?? -1)
      if left != right { return left > right }
      if a.intercept != b.intercept { return a.intercept < b.intercept }
      if (a.justice.name, a.health.name) != (b.justice.name, b.health.name) {
        return (a.justice.name, a.health.name) < (b.justice.name, b.health.name)
      }
      return lhs.offset < rhs.offset
    }.map(\.element)
  }
}
