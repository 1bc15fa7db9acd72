import Foundation
import SIMReport
import Testing

/// The CSV files read back with a strict RFC 4180 parser give the map's text unchanged.
@Suite("CSV")
struct CSVRoundTripTests {
  @Test("a table with accents, commas, quotes and line breaks reads back unchanged")
  func roundTrip() throws {
    let dataset = ReportDataset(
      name: "things", headers: ["Name", "Note"],
      rows: [
        ["Crisis line, 988", "Café “Señor” São Paulo"],
        ["Say \"hello\"", "line one\nline two\r\nline three"],
        ["=HYPERLINK(\"x\")", "-5"],
        ["", "plain"],
      ])
    let text = CSVReportRenderer().text(dataset)
    #expect(text.hasSuffix("\r\n"))
    #expect(text.contains("\"Crisis line, 988\""))
    #expect(text.contains("\"Say \"\"hello\"\"\""))
    let records = try #require(Self.parse(text))
    #expect(records[0] == ["Name", "Note"])
    #expect(records[1] == ["Crisis line, 988", "Café “Señor” São Paulo"])
    #expect(records[2] == ["Say \"hello\"", "line one\nline two\r\nline three"])
    #expect(records[3] == ["'=HYPERLINK(\"x\")", "-5"], "formulas are kept as text")
    #expect(records[4] == ["", "plain"])
  }

  @Test("the tutorial's tables read back with every resource and gap intact")
  func tutorial() throws {
    let document = try ReportHarness.report("Examples/tutorial.yaml")
    let loaded = try ReportHarness.load("Examples/tutorial.yaml")
    for file in CSVReportRenderer().files(for: document, baseName: "t") {
      let text = String(decoding: file.data, as: UTF8.self)
      let records = try #require(Self.parse(text), "\(file.name) is not RFC 4180")
      let widths = Set(records.map(\.count))
      #expect(widths.count == 1, "\(file.name) has rows of different widths")
    }
    let resources = try #require(
      Self.parse(
        String(
          decoding: CSVReportRenderer().files(for: document, baseName: "t")[0].data, as: UTF8.self))
    )
    #expect(resources.count == loaded.map.allResources.count + 1)
    let names = resources.dropFirst().map { $0[3] }
    #expect(names == loaded.map.allResources.map(\.resource.name))
    #expect(names.contains("St. Brendan's ED and Psychiatric Unit"))
    let agencies = resources.dropFirst().map { $0[4] }
    #expect(agencies.contains("Riverbend Housing Authority; Riverbend Behavioral Health"))
  }

  @Test("--bom puts a UTF-8 byte-order mark before each file, and only then")
  func byteOrderMark() throws {
    let document = try ReportHarness.report("Examples/tutorial.yaml")
    let with = CSVReportRenderer(byteOrderMark: true).files(for: document, baseName: "t")
    let without = CSVReportRenderer().files(for: document, baseName: "t")
    for (marked, plain) in zip(with, without) {
      #expect(Array(marked.data.prefix(3)) == [0xEF, 0xBB, 0xBF])
      #expect(marked.data.dropFirst(3) == plain.data)
      #expect(plain.data.first != 0xEF)
    }
  }

  /// A strict RFC 4180 parser: CRLF records, quoted fields with doubled quotes; nil when the
  /// text breaks the rules.
  static func parse(_ text: String) -> [[String]]? {
    var records: [[String]] = []
    var record: [String] = []
    var field = ""
    var quoted = false
    var wasQuoted = false
    var scalars = Array(text.unicodeScalars)[...]
    while let scalar = scalars.popFirst() {
      if quoted {
        if scalar == "\"" {
          if scalars.first == "\"" {
            scalars.removeFirst()
            field.unicodeScalars.append("\"")
          } else {
            quoted = false
          }
        } else {
          field.unicodeScalars.append(scalar)
        }
        continue
      }
      switch scalar {
      case "\"":
        guard field.isEmpty, !wasQuoted else { return nil }
        quoted = true
        wasQuoted = true
      case ",":
        record.append(field)
        field = ""
        wasQuoted = false
      case "\r":
        guard scalars.popFirst() == "\n" else { return nil }
        record.append(field)
        records.append(record)
        record = []
        field = ""
        wasQuoted = false
      case "\n":
        return nil
      default:
        guard !wasQuoted else { return nil }
        field.unicodeScalars.append(scalar)
      }
    }
    guard !quoted, record.isEmpty, field.isEmpty else { return nil }
    return records
  }
}
