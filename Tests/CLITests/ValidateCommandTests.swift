import Foundation
import SIMTestSupport
import Testing

@Suite("simmap validate")
struct ValidateCommandTests {
  @Test("the examples pass and say what they hold")
  func examplesPass() throws {
    let output = try SimmapProcess.run([
      "validate", "--strict", "Examples/minimal.yaml", "Examples/tutorial.yaml",
    ])
    #expect(output.status == 0, "\(output.stderr)")
    #expect(output.stderr.isEmpty)
    #expect(output.stdout.contains("Examples/tutorial.yaml: ok ("))
  }

  @Test("five faults give five positioned errors and exit status 1")
  func fiveFaults() throws {
    let output = try SimmapProcess.run(["validate", "Tests/Fixtures/invalid/five-faults.yaml"])
    #expect(output.status == 1)
    let errors = output.stderr.split(separator: "\n").filter { $0.contains(": error: ") }
    #expect(errors.count == 5)
    let pattern = /^Tests\/Fixtures\/invalid\/five-faults\.yaml:\d+:\d+: error: .+ \[[a-z-]+\]$/
    #expect(errors.allSatisfy { (try? pattern.wholeMatch(in: String($0))) != nil })
    #expect(output.stdout.contains("5 errors, 0 warnings"))
  }

  @Test("a misspelled key is reported; --strict makes it fail")
  func misspelledKey() throws {
    let lenient = try SimmapProcess.run(["validate", "Tests/Fixtures/invalid/misspelled-key.yaml"])
    #expect(lenient.status == 0)
    #expect(
      lenient.stderr.contains(
        "warning: unknown key \"agncy\" in resource is ignored; did you mean \"agency\"?"))
    let strict = try SimmapProcess.run([
      "validate", "--strict", "Tests/Fixtures/invalid/misspelled-key.yaml",
    ])
    #expect(strict.status == 1)
    #expect(strict.stderr.contains("error: unknown key \"agncy\""))
  }

  @Test("json output is machine-readable")
  func json() throws {
    let output = try SimmapProcess.run([
      "validate", "--format", "json", "Tests/Fixtures/invalid/five-faults.yaml",
      "Examples/minimal.yaml",
    ])
    #expect(output.status == 1)
    let root = try #require(
      try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
    #expect(root["errors"] as? Int == 5)
    let files = try #require(root["files"] as? [[String: Any]])
    #expect(files.map { $0["valid"] as? Bool } == [false, true])
    let first = try #require((files[0]["diagnostics"] as? [[String: Any]])?.first)
    #expect(first["line"] as? Int == 5)
    #expect(first["code"] as? String == "invalid-value")
  }

  @Test("hostile files fail fast with one clear line", arguments: ["bomb", "big", "binary"])
  func hostile(kind: String) throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "simmap-cli-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let file = folder.appendingPathComponent("\(kind).yaml")
    switch kind {
    case "bomb":
      var lines = ["simmap: 1", "a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
      for level in 1...10 {
        lines.append(
          "a\(level): &a\(level) ["
            + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ") + "]")
      }
      try Data(lines.joined(separator: "\n").utf8).write(to: file)
    case "big":
      #expect(FileManager.default.createFile(atPath: file.path, contents: nil))
      let handle = try #require(FileHandle(forWritingAtPath: file.path))
      try handle.truncate(atOffset: 50 * 1024 * 1024)
      try handle.close()
    default:
      try Data((0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 7) }).write(to: file)
    }
    let clock = ContinuousClock()
    var output: SimmapProcess.Output?
    let elapsed = try clock.measure { output = try SimmapProcess.run(["validate", file.path]) }
    let result = try #require(output)
    #expect(result.status == 1)
    #expect(result.stderr.split(separator: "\n").filter { $0.contains("error:") }.count == 1)
    #expect(!result.stderr.contains("Fatal error"))
    // A guard against hangs, with room for a busy machine and process start-up.
    #expect(elapsed < .seconds(5), "took \(elapsed)")
  }

  @Test("a usage mistake exits 64")
  func usage() throws {
    let output = try SimmapProcess.run(["validate", "--no-such-flag"])
    #expect(output.status == 64)
    #expect(output.stderr.contains("Unknown option"))
  }

  @Test("many problems of one code show 20, then a count; the summary counts them all")
  func capPerCode() throws {
    let workspace = try Workspace("validate-cap")
    let keys = (0..<25).map { "  key\($0): x\n" }.joined()
    try workspace.write("simmap: 1\njurisdiction:\n  name: T\n" + keys, to: "many.yaml")
    let output = try workspace.run(["validate", "many.yaml"])
    #expect(output.status == 0)
    let warnings = output.stderr.split(separator: "\n").filter { $0.contains(": warning: ") }
    #expect(warnings.count == 20)
    #expect(output.stderr.contains("… and 5 more [unknown-key]"))
    #expect(output.stdout.contains("many.yaml: ok with 0 errors, 25 warnings"))
  }

  @Test("a symbolic link to a map is validated as the map")
  func symlinkedMap() throws {
    let workspace = try Workspace("validate-symlink")
    try FileManager.default.createSymbolicLink(
      atPath: workspace.path("link.yaml"), withDestinationPath: workspace.path("riverbend.yaml"))
    let output = try workspace.run(["validate", "link.yaml"])
    #expect(output.status == 0, "\(output.stderr)")
    #expect(output.stdout.contains("link.yaml: ok ("))
  }
}
