import Foundation
import SIMAnalysis
import SIMModel
import Testing

/// The practice and legal-basis catalogs shipped with simmap are complete and consistent.
@Suite("catalogs")
struct CatalogTests {
  let practices = PracticeCatalog.standard
  let bases = LegalBasisCatalog.standard

  @Test("the practice catalog loads every practice, each with a unique kebab-case id")
  func practiceIDs() throws {
    let text = try String(
      contentsOf: AnalysisHarness.root.appendingPathComponent(
        "Sources/SIMAnalysis/Resources/practices.yaml"), encoding: .utf8)
    let entries = text.components(separatedBy: "\n  - id: ").count - 1
    #expect(practices.practices.count == entries)
    #expect(Set(practices.ids).count == practices.ids.count)
    #expect(practices.ids.allSatisfy { Identifier<Never>.isValid($0) })
  }

  @Test("there are at least 40 adult practices across intercepts 0 to 5 and a juvenile set")
  func breadth() {
    let adult = practices.practices(continuum: .adult)
    #expect(adult.count >= 40)
    for number in InterceptNumber.all {
      #expect(!practices.practices(at: number, continuum: .adult).isEmpty)
      #expect(!practices.practices(at: number, continuum: .juvenile).isEmpty)
    }
    #expect(practices.practices.contains { $0.continuum == .juvenile })
  }

  @Test("every practice cites at least one source, and one of them over https")
  func sources() {
    for practice in practices.practices {
      #expect(!practice.sources.isEmpty, "\(practice.id) has no source")
      #expect(practice.sources.contains { $0.url.hasPrefix("https://") }, "\(practice.id)")
      #expect(practice.sources.allSatisfy { $0.url.hasPrefix("http") && !$0.title.isEmpty })
    }
  }

  @Test("every practice has a name, summary, why, measures and agencies that run it")
  func fields() {
    for practice in practices.practices {
      #expect(!practice.name.isEmpty && !practice.summary.isEmpty && !practice.why.isEmpty)
      #expect(!practice.measures.isEmpty, "\(practice.id) lists no measures")
      #expect(!practice.runBy.isEmpty, "\(practice.id) names no agency role")
      #expect(!practice.intercepts.isEmpty)
    }
  }

  @Test("each intercept has core adult practices, and every core practice exists")
  func core() throws {
    for number in InterceptNumber.all {
      let core = practices.corePractices(at: number, for: .adult)
      #expect(!core.isEmpty, "no core adult practice at intercept \(number)")
      for practice in core {
        let found = try #require(practices.practice(id: practice.id))
        #expect(found.isCore && found.continuum.includes(.adult))
      }
    }
    #expect(
      practices.corePractices(at: InterceptNumber.all[2], for: .adult).map(\.id).contains(
        "booking-screening"))
  }

  @Test("the legal-basis catalog has an entry for every basis maps can cite")
  func legalBases() {
    #expect(Set(bases.entries.map(\.id)) == Set(LegalBasis.allCases))
    for entry in bases.entries {
      #expect(!entry.citation.isEmpty && !entry.permits.isEmpty && !entry.sources.isEmpty)
      #expect(entry.sources.allSatisfy { $0.url.hasPrefix("http") })
      #expect(Set(entry.covers).isDisjoint(with: entry.doesNotCover), "\(entry.id)")
    }
  }

  @Test("HIPAA permissions never cover Part 2 records; Part 2 consent and court orders do")
  func part2() throws {
    for basis in [LegalBasis.hipaaTreatment, .hipaaCorrectional, .hipaaLawEnforcement, .consent] {
      let info = try #require(bases.info(basis))
      #expect(!info.allows(.substanceUse, to: nil), "\(basis)")
    }
    #expect(try #require(bases.info(.part2Consent)).allows(.substanceUse, to: [.court]))
    #expect(try #require(bases.info(.part2CourtOrder)).allows(.substanceUse, to: [.court]))
    #expect(try #require(bases.info(.ferpaException)).allows(.education, to: [.juvenileJustice]))
    #expect(!(try #require(bases.info(.hipaaTreatment)).allows(.health, to: [.court])))
  }

  @Test("a broken catalog is refused with the practice at fault")
  func broken() {
    let yaml = """
      catalog: 1
      practices:
        - {id: a, name: A, intercepts: [7], continuum: adult, core: false, summary: s, why: w}
      """
    #expect(throws: CatalogError.self) { try PracticeCatalog(yaml: yaml) }
    do {
      _ = try PracticeCatalog(yaml: yaml)
    } catch {
      #expect(error.message.contains("practice \"a\""))
    }
    #expect(throws: CatalogError.self) {
      try PracticeCatalog(yaml: "catalog: 1\npractices:\n  - {id: b, name: B}\n")
    }
  }
}
