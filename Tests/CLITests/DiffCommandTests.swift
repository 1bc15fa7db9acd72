import Foundation
import SIMTestSupport
import Testing

@Suite("simmap diff")
struct DiffCommandTests {
  @Test("a follow-up of the tutorial reports exactly its three changes")
  func followUp() throws {
    let folder = try ComparisonWorkspace.folder("diff")
    defer { try? FileManager.default.removeItem(at: folder) }
    let new = try ComparisonWorkspace.followUp(in: folder)
    let output = try SimmapProcess.run(["diff", "Examples/tutorial.yaml", new])
    #expect(output.status == 0, "\(output.stderr)")
    #expect(
      output.stdout.contains(
        "\n3 changes: 1 resource renamed, 1 gap closed, 1 exchange now in place.\n"))
    #expect(
      output.stdout.contains("renamed: \"Mobile Crisis Team\" → \"Mobile Crisis Response Team\""))
    let json = try SimmapProcess.run(["diff", "--format", "json", "Examples/tutorial.yaml", new])
    let root = try #require(
      try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
    #expect(root["changeCount"] as? Int == 3)
    #expect((root["resources"] as? [Any])?.count == 1)
    #expect((root["gaps"] as? [Any])?.count == 1)
    #expect((root["exchanges"] as? [Any])?.count == 1)
  }

  @Test("--view writes a well-formed SVG progress picture")
  func picture() throws {
    let folder = try ComparisonWorkspace.folder("diff-view")
    defer { try? FileManager.default.removeItem(at: folder) }
    let new = try ComparisonWorkspace.followUp(in: folder)
    let output = try SimmapProcess.run(
      ["diff", ComparisonWorkspace.path("Examples/tutorial.yaml"), new, "--view"], in: folder)
    #expect(output.status == 0, "\(output.stderr)")
    let svg = folder.appendingPathComponent("tutorial-followup-progress.svg")
    #expect(ComparisonWorkspace.isWellFormedSVG(try Data(contentsOf: svg)))
  }

  @Test("a map with errors exits 1; a missing argument exits 64")
  func failures() throws {
    let broken = try SimmapProcess.run([
      "diff", "Examples/tutorial.yaml", "Tests/Fixtures/invalid/five-faults.yaml",
    ])
    #expect(broken.status == 1)
    let missing = try SimmapProcess.run(["diff", "Examples/tutorial.yaml"])
    #expect(missing.status == 64)
  }
}
