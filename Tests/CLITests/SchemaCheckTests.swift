import Foundation
import SIMTestSupport
import Testing

/// The JSON Schema accepts what `simmap validate` accepts, checked with a real JSON Schema
/// validator (python3-jsonschema) through `schema/check-maps.py`.
@Suite("JSON Schema against maps")
struct SchemaCheckTests {
  static let python = URL(fileURLWithPath: "/usr/bin/python3")

  /// Whether python3 can import the validator and the YAML reader the script needs.
  static var validatorAvailable: Bool {
    guard FileManager.default.isExecutableFile(atPath: python.path) else { return false }
    let output = try? ChildProcess.run(
      python, ["-c", "import jsonschema, yaml"], in: Fixtures.root, environment: [:])
    return output?.status == 0
  }

  @Test(
    "every example, sample map and fresh worksheet passes the schema",
    .enabled(
      if: validatorAvailable,
      "python3 lacks jsonschema or yaml: apt-get install python3-jsonschema python3-yaml"))
  func mapsPassTheSchema() throws {
    let output = try ChildProcess.run(
      Self.python,
      [
        "schema/check-maps.py", "--simmap", SimmapProcess.binary.path,
        "schema/simmap.schema.json",
      ], in: Fixtures.root, environment: [:])
    #expect(output.status == 0, "\(output.stdout)\(output.stderr)")
    #expect(output.stdout.contains("0 problems"), "\(output.stdout)")
  }

  @Test(
    "the schema still rejects what validate rejects",
    .enabled(
      if: validatorAvailable,
      "python3 lacks jsonschema or yaml: apt-get install python3-jsonschema python3-yaml"))
  func rejectsBrokenMaps() throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("simmap-schema-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let broken = folder.appendingPathComponent("broken.yaml")
    try Data("simmap: 1\njurisdiction:\n  name: T\nagencies:\n  - name: no id\n".utf8)
      .write(to: broken)
    let output = try ChildProcess.run(
      Self.python, ["schema/check-maps.py", "schema/simmap.schema.json", broken.path],
      in: Fixtures.root, environment: [:])
    #expect(output.status == 1)
    #expect(output.stdout.contains("'id' is a required property"), "\(output.stdout)")
  }
}
