import Foundation
import SIMTestSupport
import Testing

@Suite("simmap init, schema and --version")
struct InitAndSchemaCommandTests {
  let folder: URL

  init() throws {
    folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "simmap-init-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
  }

  @Test(
    "init writes a worksheet that validates, and never overwrites",
    arguments: ["adult", "juvenile"])
  func initWritesOnce(continuum: String) throws {
    let first = try SimmapProcess.run(
      ["init", "--continuum", continuum, "--name", "Riverbend County", "riverbend.yaml"], in: folder
    )
    #expect(first.status == 0, "\(first.stderr)")
    let path = folder.appendingPathComponent("riverbend.yaml")
    let written = try String(contentsOf: path, encoding: .utf8)
    #expect(written.contains("name: \"Riverbend County\""))
    #expect(written.contains("continuum: \(continuum)"))
    let check = try SimmapProcess.run(["validate", "--strict", "riverbend.yaml"], in: folder)
    #expect(check.status == 0, "\(check.stderr)")

    try Data("simmap: 1\n# my work\n".utf8).write(to: path)
    let second = try SimmapProcess.run(["init", "riverbend.yaml"], in: folder)
    #expect(second.status == 73)
    #expect(second.stderr.contains("already exists"))
    #expect(try String(contentsOf: path, encoding: .utf8) == "simmap: 1\n# my work\n")
  }

  @Test("init - prints the worksheet, as Examples/worksheet.yaml shows it")
  func initToStdout() throws {
    let output = try SimmapProcess.run(["init", "--name", "Your County", "-"], in: folder)
    #expect(output.status == 0)
    let example = try String(
      contentsOf: Fixtures.root.appendingPathComponent("Examples/worksheet.yaml"), encoding: .utf8)
    #expect(
      output.stdout == example, "Examples/worksheet.yaml is stale: regenerate it with simmap init")
  }

  @Test("schema prints the committed JSON Schema")
  func schema() throws {
    let output = try SimmapProcess.run(["schema"])
    #expect(output.status == 0)
    let committed = try String(
      contentsOf: Fixtures.root.appendingPathComponent("schema/simmap.schema.json"), encoding: .utf8
    )
    #expect(output.stdout == committed)
    #expect(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) is [String: Any])
  }

  @Test("--version and --help")
  func versionAndHelp() throws {
    let version = try SimmapProcess.run(["--version"])
    #expect(version.status == 0)
    #expect(version.stdout.range(of: #"^\d+\.\d+\.\d+\n$"#, options: .regularExpression) != nil)
    let help = try SimmapProcess.run(["--help"])
    #expect(help.status == 0)
    #expect(help.stdout.contains("Exit codes"))
    #expect(help.stdout.contains("validate"))
  }
}
