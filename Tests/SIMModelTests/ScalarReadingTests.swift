import Foundation
import SIMModel
import Testing

/// Booleans, numbers and nulls are read from a scalar's text and quoting, as YAML 1.1 reads them,
/// although the map is parsed without Yams' regular-expression tag resolution.
@Suite("scalar reading")
struct ScalarReadingTests {
  private func agency(_ field: String) -> (Agency?, [DiagnosticCode]) {
    let text = """
      simmap: 1
      jurisdiction: { name: Test County }
      agencies:
        - { id: clinic, name: Clinic, sector: behavioral-health, \(field) }
      """
    let result = MapLoader().load(text: text, file: "test.yaml")
    return (result.loaded?.map.agencies.first, result.diagnostics.map(\.code))
  }

  @Test("unquoted true, yes and on in any of YAML's three cases are true; false, no, off false")
  func plainBooleans() {
    for word in ["true", "True", "TRUE", "yes", "Yes", "YES", "on", "On", "ON"] {
      #expect(agency("hipaa-covered-entity: \(word)").0?.isHIPAACoveredEntity == true, "\(word)")
    }
    for word in ["false", "False", "FALSE", "no", "No", "NO", "off", "Off", "OFF"] {
      #expect(agency("hipaa-covered-entity: \(word)").0?.isHIPAACoveredEntity == false, "\(word)")
    }
  }

  @Test("a quoted \"true\", a mixed-case tRUE or a number is not a boolean")
  func notBooleans() {
    for value in ["\"true\"", "'yes'", "tRUE", "1", "y"] {
      let (agency, codes) = agency("hipaa-covered-entity: \(value)")
      #expect(agency?.isHIPAACoveredEntity == nil, "\(value)")
      #expect(codes == [.wrongType], "\(value)")
    }
  }

  @Test("an explicit !!bool tag makes a quoted word a boolean")
  func taggedBoolean() {
    #expect(agency("hipaa-covered-entity: !!bool \"yes\"").0?.isHIPAACoveredEntity == true)
  }

  @Test("an empty value, ~ and null are left out, not read as text")
  func nulls() {
    for value in ["", "~", "null", "Null", "NULL"] {
      let (agency, codes) = agency("hipaa-covered-entity: \(value)")
      #expect(agency != nil && agency?.isHIPAACoveredEntity == nil, "\(value)")
      #expect(!codes.contains(.wrongType), "\(value)")
    }
  }
}

/// The nesting guard reads lines the same way whatever the line ends.
@Suite("nesting guard")
struct NestingGuardTests {
  @Test("a CRLF file too deep on line 2 is reported on line 2, as the LF file is")
  func crlfLines() {
    let lf = "simmap: 1\nx: " + String(repeating: "[", count: 100) + "\n"
    let crlf = lf.replacingOccurrences(of: "\n", with: "\r\n")
    for text in [lf, crlf] {
      let diagnostics = MapLoader().load(text: text, file: "deep.yaml").diagnostics
      #expect(diagnostics.map(\.code) == [.nestingTooDeep])
      #expect(diagnostics.first?.location?.line == 2)
    }
  }

  @Test("brackets inside quotes, after a comment or in non-ASCII text do not count")
  func quotesAndComments() {
    let text = """
      simmap: 1
      jurisdiction: { name: "\(String(repeating: "[", count: 100))" }
      notes: 'déjà [[[[' # \(String(repeating: "{", count: 100))
      """
    let diagnostics = MapLoader().load(text: text, file: "shallow.yaml").diagnostics
    #expect(!diagnostics.map(\.code).contains(.nestingTooDeep))
  }

  @Test("whitespace-only text, including no-break and ideographic spaces, is empty")
  func whitespaceOnlyText() {
    let text = "simmap: 1\njurisdiction: { name: \"\u{A0}\u{3000} \" }\n"
    let codes = MapLoader().load(text: text, file: "blank.yaml").diagnostics.map(\.code)
    #expect(codes.contains(.emptyText))
  }
}
