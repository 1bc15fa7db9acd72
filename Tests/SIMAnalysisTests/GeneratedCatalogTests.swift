import Foundation
import SIMAnalysis
import Testing

/// The catalogs compiled into simmap as Swift values are exactly what the YAML files say.
///
/// `RECORD_CATALOGS=1` (what `make catalogs` sets) rewrites the generated file instead of
/// comparing it.
@Suite("generated catalogs")
struct GeneratedCatalogTests {
  let practices: PracticeCatalog
  let legalBases: LegalBasisCatalog

  init() throws {
    practices = try PracticeCatalog(
      yaml: AnalysisHarness.repositoryText("Sources/SIMAnalysis/Resources/practices.yaml"))
    legalBases = try LegalBasisCatalog(
      yaml: AnalysisHarness.repositoryText("Sources/SIMAnalysis/Resources/legal-bases.yaml"))
  }

  @Test("the generated Swift file is what the YAML catalogs generate (else run make catalogs)")
  func generatedFileIsUpToDate() throws {
    let expected = CatalogSwiftSource.file(
      practices: practices.practices, legalBases: legalBases.entries)
    let url = AnalysisHarness.root.appendingPathComponent(CatalogSwiftSource.path)
    if ProcessInfo.processInfo.environment["RECORD_CATALOGS"] == "1" {
      try expected.write(to: url, atomically: true, encoding: .utf8)
    }
    let actual = try String(contentsOf: url, encoding: .utf8)
    #expect(
      actual == expected,
      "\(CatalogSwiftSource.path) is out of date with Resources/*.yaml; run `make catalogs`")
  }

  @Test("PracticeCatalog.standard holds every practice of practices.yaml, field by field")
  func standardPracticesMatchYAML() {
    #expect(PracticeCatalog.standard.practices.count == practices.practices.count)
    for (compiled, read) in zip(PracticeCatalog.standard.practices, practices.practices) {
      #expect(compiled == read, "\(read.id)")
    }
  }

  @Test("LegalBasisCatalog.standard holds every entry of legal-bases.yaml, field by field")
  func standardLegalBasesMatchYAML() {
    #expect(LegalBasisCatalog.standard.entries == legalBases.entries)
  }

  @Test("string literals escape quotes, backslashes, line breaks and invisible characters")
  func literalEscaping() {
    #expect(CatalogSwiftSource.literal("say \"hi\"") == #""say \"hi\"""#)
    #expect(CatalogSwiftSource.literal(#"a\b"#) == #""a\\b""#)
    #expect(CatalogSwiftSource.literal("one\ntwo\tthree") == #""one\ntwo\tthree""#)
    #expect(CatalogSwiftSource.literal("\u{7}\u{200B}é") == #""\u{7}\u{200b}é""#)
    #expect(CatalogSwiftSource.literal(#"\(x)"#) == #""\\(x)""#)
  }
}
