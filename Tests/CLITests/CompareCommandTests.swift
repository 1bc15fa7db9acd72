import Foundation
import SIMTestSupport
import Testing

@Suite("simmap compare")
struct CompareCommandTests {
  @Test("two maps are compared side by side with the similarity formula")
  func twoMaps() throws {
    let output = try SimmapProcess.run([
      "compare", "Examples/tutorial.yaml", "Maps/hancock-oh-2017.yaml",
    ])
    #expect(output.status == 0, "\(output.stderr)")
    #expect(output.stderr.isEmpty)
    #expect(
      output.stdout.hasPrefix(
        "Riverbend County, Not named (fictional) compared with Hancock County, OH\n"))
    #expect(output.stdout.contains("similarity = Σ (weight × score) ÷ Σ weight"))
    #expect(output.stdout.contains("What Hancock County, OH has that Riverbend County"))
    #expect(output.stdout.contains("\nIntercept 5: Community Corrections\n"))
  }

  @Test(
    "every sample map is found by name from another folder",
    arguments: Fixtures.yamlFiles(in: "Maps").map { $0.deletingPathExtension().lastPathComponent }
  )
  func sampleByName(name: String) throws {
    let folder = try ComparisonWorkspace.folder("compare-any-folder")
    defer { try? FileManager.default.removeItem(at: folder) }
    let output = try SimmapProcess.run(
      ["compare", ComparisonWorkspace.path("Examples/tutorial.yaml"), name, "--format", "json"],
      in: folder)
    #expect(output.status == 0, "\(output.stderr)")
    let root = try #require(
      try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
    let theirs = try #require(root["theirs"] as? [String: Any])
    #expect(theirs["file"] as? String == name + ".yaml")
  }

  @Test("--library ranks every bundled sample map, from any folder")
  func bundledLibrary() throws {
    let folder = try ComparisonWorkspace.folder("compare-library")
    defer { try? FileManager.default.removeItem(at: folder) }
    let output = try SimmapProcess.run(
      ["compare", ComparisonWorkspace.path("Examples/tutorial.yaml"), "--library"], in: folder)
    #expect(output.status == 0, "\(output.stderr)")
    #expect(output.stdout.contains("the bundled sample maps"))
    for file in Fixtures.yamlFiles(in: "Maps") {
      #expect(output.stdout.contains(file.lastPathComponent), "\(file.lastPathComponent)")
    }
    #expect(output.stdout.contains("source: "))
  }

  @Test("--library DIR ranks the juvenile map's juvenile peer first")
  func juvenileFolder() throws {
    let folder = try ComparisonWorkspace.folder("compare-juvenile")
    defer { try? FileManager.default.removeItem(at: folder) }
    for file in Fixtures.yamlFiles(in: "Maps") {
      try FileManager.default.copyItem(
        at: file, to: folder.appendingPathComponent(file.lastPathComponent))
    }
    try FileManager.default.copyItem(
      at: Fixtures.url("comparison/juvenile-peer.yaml"),
      to: folder.appendingPathComponent("juvenile-peer.yaml"))
    let output = try SimmapProcess.run([
      "compare", "Maps/pinellas-fl-2011-juvenile.yaml", "--library", folder.path, "--format",
      "json",
    ])
    #expect(output.status == 0, "\(output.stderr)")
    let root = try #require(
      try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
    let peers = try #require(root["peers"] as? [[String: Any]])
    let maps = peers.compactMap { $0["map"] as? [String: Any] }
    #expect(maps.first?["name"] as? String == "Cedar Valley County")
    #expect(maps.dropFirst().allSatisfy { $0["continuum"] as? String == "adult" })
    let leftOut = try #require(root["leftOut"] as? [[String: Any]])
    #expect(leftOut.count == 1)
  }

  @Test("--view writes a well-formed SVG comparison picture")
  func picture() throws {
    let folder = try ComparisonWorkspace.folder("compare-view")
    defer { try? FileManager.default.removeItem(at: folder) }
    let svg = folder.appendingPathComponent("pictures/comparison.svg")
    let output = try SimmapProcess.run([
      "compare", "Examples/tutorial.yaml", "hampden-ma", "--view", "-o", svg.path, "--theme",
      "print",
    ])
    #expect(output.status == 0, "\(output.stderr)")
    #expect(output.stderr.contains("Wrote \(svg.path)"))
    #expect(ComparisonWorkspace.isWellFormedSVG(try Data(contentsOf: svg)))
  }

  @Test("wrong use exits 64; a map with errors or a missing folder exits 1")
  func failures() throws {
    let one = try SimmapProcess.run(["compare", "Examples/tutorial.yaml"])
    #expect(one.status == 64)
    #expect(one.stderr.contains("give two maps"))
    let viewLibrary = try SimmapProcess.run([
      "compare", "Examples/tutorial.yaml", "--library", "--view",
    ])
    #expect(viewLibrary.status == 64)
    let badPicture = try SimmapProcess.run([
      "compare", "Examples/tutorial.yaml", "hampden-ma", "-o", "comparison.gif",
    ])
    #expect(badPicture.status == 64)
    let broken = try SimmapProcess.run([
      "compare", "Examples/tutorial.yaml", "Tests/Fixtures/invalid/five-faults.yaml",
    ])
    #expect(broken.status == 1)
    #expect(broken.stderr.contains("not compared; fix the errors above first"))
    let missing = try SimmapProcess.run(["compare", "Examples/tutorial.yaml", "nowhere-county"])
    #expect(missing.status == 1)
    #expect(missing.stderr.contains("hancock-oh-2017"), "the hint lists the sample maps")
    let noFolder = try SimmapProcess.run([
      "compare", "Examples/tutorial.yaml", "--library", "/nonexistent/maps",
    ])
    #expect(noFolder.status == 1)
    #expect(noFolder.stderr.contains("is not a folder of map files"))
  }
}
