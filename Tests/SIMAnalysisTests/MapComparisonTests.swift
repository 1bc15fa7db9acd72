import Foundation
import SIMAnalysis
import SIMModel
import Testing

@Suite("MapComparison")
struct MapComparisonTests {
  /// The practices some operating or limited resource of `map` implements.
  static func running(_ map: Map) -> Set<String> {
    Set(
      map.allResources.map(\.resource)
        .filter { $0.status == .operating || $0.status == .limited }.compactMap(\.practice))
  }

  @Test("the similarity is the weighted mean of the parts both maps record")
  func similarityFormula() throws {
    let ours = try ComparisonFixtures.map("Examples/tutorial.yaml")
    let theirs = try ComparisonFixtures.map("Maps/hancock-oh-2017.yaml")
    let similarity = MapComparison(ours: ours, theirs: theirs).similarity
    let parts = Dictionary(uniqueKeysWithValues: similarity.parts.map { ($0.factor, $0) })
    #expect(parts[.continuum]?.score == 1)
    #expect(parts[.kind]?.score == 1)
    #expect(parts[.populationBand]?.score == nil, "Hancock records no population")
    #expect(
      parts[.populationBand]?.detail == "left out: not recorded on their map",
      "the tutorial records a population, so only theirs lacks one")
    let a = Self.running(ours.map)
    let b = Self.running(theirs.map)
    let jaccard = Double(a.intersection(b).count) / Double(a.union(b).count)
    #expect(parts[.practices]?.score == jaccard)
    let expected = (0.4 * 1 + 0.1 * 1 + 0.4 * jaccard) / 0.9
    #expect(abs(similarity.value - expected) < 1e-12)
    #expect(similarity.percent == Int((expected * 100).rounded()))
  }

  @Test("a population band missing on one side names the side that lacks it")
  func populationWording() throws {
    let tutorial = try ComparisonFixtures.map("Examples/tutorial.yaml")
    let hancock = try ComparisonFixtures.map("Maps/hancock-oh-2017.yaml")
    let reversed = MapComparison(ours: hancock, theirs: tutorial).similarity.parts
    let part = try #require(reversed.first { $0.factor == .populationBand })
    #expect(part.detail == "left out: not recorded on our map")
    let neither = MapComparison(ours: hancock, theirs: hancock).similarity.parts
    #expect(
      neither.first { $0.factor == .populationBand }?.detail
        == "left out: not recorded on either map")
  }

  @Test("a map compared with itself is 100% similar and lacks nothing")
  func itself() throws {
    let map = try ComparisonFixtures.map("Maps/hampden-ma.yaml")
    let comparison = MapComparison(ours: map, theirs: map)
    #expect(comparison.similarity.percent == 100)
    #expect(comparison.practicesTheyHave.isEmpty)
    #expect(comparison.practicesWeHave.isEmpty)
    #expect(comparison.exchangesTheyHave.isEmpty)
    #expect(comparison.exchangesWeHave.isEmpty)
  }

  @Test("what they have that we lack is what we have that they lack, turned round")
  func symmetry() throws {
    let a = try ComparisonFixtures.map("Maps/hampden-ma.yaml")
    let b = try ComparisonFixtures.map("Maps/washington-or-2020.yaml")
    let forward = MapComparison(ours: a, theirs: b)
    let backward = MapComparison(ours: b, theirs: a)
    #expect(
      forward.practicesTheyHave.map(\.practice.practice)
        == backward.practicesWeHave.map(\.practice.practice))
    #expect(forward.exchangesTheyHave == backward.exchangesWeHave)
    #expect(forward.similarity.value == backward.similarity.value)
  }

  @Test("each practice sits under its catalog intercept and reads the same as the map")
  func practiceRows() throws {
    let ours = try ComparisonFixtures.map("Examples/tutorial.yaml")
    let theirs = try ComparisonFixtures.map("Maps/alexandria-va-2010.yaml")
    let comparison = MapComparison(ours: ours, theirs: theirs)
    let catalog = PracticeCatalog.standard
    for intercept in comparison.intercepts {
      for row in intercept.practices {
        #expect(catalog.practice(id: row.practice.id)?.mainIntercept == intercept.number)
      }
      let core = catalog.corePractices(at: intercept.number, for: .adult).map(\.id)
      #expect(intercept.core.map(\.practice.id) == core)
    }
    let cit = try #require(comparison.intercepts[1].core.first { $0.practice.id == "cit" })
    #expect(cit.ours == .running)
    #expect(cit.theirs == .running)
    #expect(cit.theirResources.contains { $0.contains("Crisis Intervention Team") })
  }

  @Test("exchanges are alike when intercept, sender's and receiver's roles match")
  func exchangeLikeness() throws {
    let hampden = try ComparisonFixtures.map("Maps/hampden-ma.yaml")
    let alexandria = try ComparisonFixtures.map("Maps/alexandria-va-2010.yaml")
    let comparison = MapComparison(ours: alexandria, theirs: hampden)
    let working = hampden.map.exchanges.filter { $0.status == .inPlace || $0.status == .partial }
    #expect(comparison.exchangesTheyHave.count == working.count, "Alexandria shares only at 2")
    #expect(comparison.exchangesTheyHave.map(\.intercept).allSatisfy { $0.value >= 3 })
    #expect(comparison.exchangesWeHave.map(\.id) == ["pretrial-report-to-court"])
  }

  @Test("an adult and a juvenile map differ in continuum and list both continua's core practices")
  func continua() throws {
    let adult = try ComparisonFixtures.map("Maps/lucas-oh-2014.yaml")
    let juvenile = try ComparisonFixtures.map("Maps/pinellas-fl-2011-juvenile.yaml")
    let comparison = MapComparison(ours: juvenile, theirs: adult)
    #expect(comparison.similarity.parts[0].score == 0)
    #expect(comparison.intercepts[1].title == "Law Enforcement and School Referral")
    let ids = comparison.intercepts[1].core.map(\.practice.id)
    #expect(ids.contains("civil-citation") && ids.contains("cit"))
  }

  @Test("docs/comparison.md states the formula and the weights the code uses")
  func documented() throws {
    let docs = try AnalysisHarness.repositoryText("docs/comparison.md")
    #expect(docs.contains(Similarity.formula))
    for factor in Similarity.Factor.allCases {
      #expect(docs.contains("| \(factor.label) | \(Similarity.decimal(factor.weight)) |"))
    }
  }
}
