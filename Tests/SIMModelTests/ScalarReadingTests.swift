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
