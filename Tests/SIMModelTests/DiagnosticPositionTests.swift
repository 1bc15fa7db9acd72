import SIMAnalysis
import SIMModel
import SIMTestSupport
import Testing

/// Every diagnostic code that map text can trigger, each landing on its marker.
@Suite("diagnostic positions")
struct DiagnosticPositionTests {
  struct Case: CustomTestStringConvertible, Sendable {
    var code: DiagnosticCode
    var marked: String
    var testDescription: String { code.rawValue }
  }

  static let header = "simmap: 1\njurisdiction:\n  name: Test County\n"

  static let cases: [Case] = [
    Case(code: .yamlSyntax, marked: header + "agencies: [a, b\n1️⃣"),
    Case(code: .tabIndentation, marked: "simmap: 1\njurisdiction:\n1️⃣\tname: T\n"),
    Case(code: .duplicateKey, marked: "simmap: 1\njurisdiction:\n  name: A\n  1️⃣name: B\n"),
    Case(code: .multipleDocuments, marked: header + "1️⃣---\nsimmap: 1\n"),
    Case(code: .complexKey, marked: header + "1️⃣*name: x\n"),
    Case(code: .nestingTooDeep, marked: header + "1️⃣notes: " + String(repeating: "[", count: 200)),
    Case(code: .emptyMap, marked: "1️⃣# nothing here yet\n"),
    Case(code: .missingVersion, marked: "1️⃣jurisdiction:\n  name: T\n"),
    Case(code: .unsupportedVersion, marked: "simmap: 1️⃣2\njurisdiction:\n  name: T\n"),
    Case(code: .missingKey, marked: "simmap: 1\njurisdiction:\n  1️⃣kind: county\n"),
    Case(code: .wrongType, marked: header + "  population: 1️⃣lots\n"),
    Case(code: .invalidValue, marked: header + "  kind: 1️⃣countyy\n"),
    Case(code: .unknownKey, marked: header + "  1️⃣populaton: 5\n"),
    Case(
      code: .invalidID,
      marked: header + "agencies:\n  - id: 1️⃣Bad_ID\n    name: X\n    sector: justice\n"),
    Case(code: .invalidDate, marked: header + "workshop:\n  dates: [1️⃣2026-13-01]\n"),
    Case(
      code: .conflictingKeys,
      marked: header + agencies
        + "intercepts:\n  1:\n    resources:\n      - id: cit\n        name: CIT\n"
        + "        agency: police\n        agencies: 1️⃣[bh]\n"),
    Case(
      code: .duplicateID,
      marked: header + "agencies:\n  - { id: police, name: P, sector: justice }\n"
        + "  - { id: 1️⃣police, name: Q, sector: justice }\n"),
    Case(
      code: .unknownReference,
      marked: header + agencies
        + "intercepts:\n  1:\n    resources:\n      - id: cit\n        name: CIT\n"
        + "        agency: 1️⃣polise\n"),
    Case(
      code: .selfExchange,
      marked: header + agencies
        + "exchanges:\n  - id: e\n    intercept: 1\n    from: police\n    to: 1️⃣police\n"
        + "    status: gap\n"),
    Case(code: .interceptOutOfRange, marked: header + "intercepts:\n  1️⃣7: {}\n"),
    Case(
      code: .duplicateRank,
      marked: header + "priorities:\n  - { id: a, rank: 1, title: A }\n"
        + "  - { id: b, rank: 1️⃣1, title: B }\n"),
    Case(code: .negativeValue, marked: header + "  population: 1️⃣-5\n"),
    Case(code: .emptyText, marked: "simmap: 1\njurisdiction:\n  name: 1️⃣\"   \"\n"),
    Case(
      code: .unknownDecisionPoint,
      marked: header + "intercepts:\n  2:\n    decision-points: [1️⃣first-apperance]\n"),
    Case(
      code: .dateOrder,
      marked: header + agencies
        + "agreements:\n  - id: mou\n    kind: mou\n    parties: [police, bh]\n"
        + "    signed: 2025-01-01\n    review-by: 1️⃣2024-01-01\n"),
    Case(
      code: .agreementParties,
      marked: header + agencies + "  - { id: court, name: Court, sector: justice }\n"
        + "agreements:\n  - { id: mou, kind: mou, parties: [police, bh] }\n"
        + "exchanges:\n  - id: e\n    intercept: 2\n    from: court\n    to: bh\n"
        + "    agreement: 1️⃣mou\n    status: in-place\n"),
    Case(
      code: .decisionPointElsewhere,
      marked: header + "intercepts:\n  3:\n    resources:\n      - id: line\n        name: Line\n"
        + "        at: 1️⃣crisis-lines\n"),
  ]

  static let agencies =
    "agencies:\n  - { id: police, name: Police, sector: justice }\n"
    + "  - { id: bh, name: Behavioral Health, sector: behavioral-health }\n"

  @Test("each code lands on its marker and nothing else is reported", arguments: cases)
  func landsOnMarker(_ testCase: Case) throws {
    let marked = MarkedText(testCase.marked)
    let marker = try #require(marked.markers["1️⃣"])
    let diagnostics = MapChecker().check(text: marked.text, file: "test.yaml").diagnostics
    let found = diagnostics.map {
      "\($0.code.rawValue)@\($0.location?.line ?? 0):\($0.location?.column ?? 0)"
    }
    #expect(found == ["\(testCase.code.rawValue)@\(marker.line):\(marker.column)"])
  }

  @Test("every code that map text can trigger has a case")
  func everyTextCodeIsCovered() {
    let fileCodes: Set<DiagnosticCode> = [
      .fileNotFound, .notAFile, .unreadable, .fileTooLarge, .binaryFile, .notUTF8,
      .documentTooLarge,
    ]
    // Checked against the practice catalog by SIMAnalysis, whose tests cover their positions.
    let analysisCodes: Set<DiagnosticCode> = [.unknownPractice, .unknownRule]
    let covered = Set(Self.cases.map(\.code))
    let missing = DiagnosticCode.allCases.filter {
      !covered.contains($0) && !fileCodes.contains($0) && !analysisCodes.contains($0)
    }
    #expect(missing.isEmpty, "no position test for \(missing.map(\.rawValue))")
  }

  @Test("a duplicate id carries a note at the first definition")
  func duplicateNote() throws {
    let marked = MarkedText(
      Self.header + "agencies:\n  - { id: 1️⃣police, name: P, sector: justice }\n"
        + "  - { id: 2️⃣police, name: Q, sector: justice }\n")
    let diagnostic = try #require(
      MapChecker().check(text: marked.text, file: "t.yaml").diagnostics.first)
    let first = try #require(marked.markers["1️⃣"])
    let note = try #require(diagnostic.notes.first?.location)
    #expect((note.line, note.column) == (first.line, first.column))
  }
}
