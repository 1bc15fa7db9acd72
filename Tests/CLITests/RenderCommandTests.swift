import Foundation
import SIMTestSupport
import Testing

@Suite("simmap render")
struct RenderCommandTests {
  let folder: URL

  init() throws {
    folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("simmap-render-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let tutorial = Fixtures.root.appendingPathComponent("Examples/tutorial.yaml")
    try FileManager.default.copyItem(
      at: tutorial, to: folder.appendingPathComponent("riverbend.yaml"))
  }

  @Test("by default the map view is written as SVG beside the map")
  func besideTheMap() throws {
    let output = try SimmapProcess.run(["render", "riverbend.yaml"], in: folder)
    #expect(output.status == 0, "\(output.stderr)")
    let svg = try Data(contentsOf: folder.appendingPathComponent("riverbend.svg"))
    #expect(String(decoding: svg, as: UTF8.self).contains("<svg"))
    #expect(output.stdout.contains("Wrote riverbend.svg"))
  }

  @Test("--view all with -o writes every view into a folder, in the format asked")
  func allViews() throws {
    let output = try SimmapProcess.run(
      [
        "render", "riverbend.yaml", "--view", "all", "--format", "png", "--theme", "print", "-o",
        "pictures",
      ],
      in: folder)
    #expect(output.status == 0, "\(output.stderr)")
    let names = try FileManager.default.contentsOfDirectory(
      atPath: folder.appendingPathComponent("pictures").path
    ).sorted()
    let expected =
      ["riverbend.png", "riverbend.sharing.png", "riverbend.opportunities.png"]
      + (0...5).map { "riverbend.intercept-\($0).png" }
    #expect(names == expected.sorted())
    let png = try Data(contentsOf: folder.appendingPathComponent("pictures/riverbend.png"))
    #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]))
  }

  @Test("-o - writes one picture to standard output; several are a usage error")
  func standardOutput() throws {
    let dot = try SimmapProcess.run(
      ["render", "riverbend.yaml", "--format", "dot", "-o", "-"], in: folder)
    #expect(dot.status == 0)
    #expect(dot.stdout.hasPrefix("digraph \"cross_system_map\""))
    let many = try SimmapProcess.run(
      ["render", "riverbend.yaml", "--view", "all", "-o", "-"], in: folder)
    #expect(many.status == 64)
  }

  @Test("a map with errors is not drawn, and an earlier picture is left as it was")
  func brokenMapKeepsOldPicture() throws {
    let picture = folder.appendingPathComponent("broken.svg")
    try Data("old picture".utf8).write(to: picture)
    try Data("simmap: 1\njurisdiction:\n  name: Broken\n  kind: conty\n".utf8)
      .write(to: folder.appendingPathComponent("broken.yaml"))
    let output = try SimmapProcess.run(["render", "broken.yaml"], in: folder)
    #expect(output.status == 1)
    #expect(output.stderr.contains("broken.yaml:4:9: error:"))
    #expect(output.stderr.contains("not drawn"))
    #expect(try String(contentsOf: picture, encoding: .utf8) == "old picture")
  }

  @Test("render checks a map as validate does: an unknown practice id is not drawn")
  func checksLikeValidate() throws {
    try Data(
      """
      simmap: 1
      jurisdiction: { name: Practice County }
      intercepts:
        1:
          resources: [{ id: team, name: Crisis team, practice: co-respnder }]
      """.utf8
    ).write(to: folder.appendingPathComponent("practice.yaml"))
    let validate = try SimmapProcess.run(["validate", "practice.yaml"], in: folder)
    let render = try SimmapProcess.run(["render", "practice.yaml"], in: folder)
    #expect(validate.status == 1)
    #expect(render.status == 1)
    #expect(render.stderr.contains("did you mean \"co-responder\"?"))
    #expect(
      !FileManager.default.fileExists(atPath: folder.appendingPathComponent("practice.svg").path))
  }

  @Test("an unknown view or theme is a usage error that lists the choices")
  func badChoices() throws {
    let view = try SimmapProcess.run(
      ["render", "riverbend.yaml", "--view", "intercept:9"], in: folder)
    #expect(view.status == 64)
    let theme = try SimmapProcess.run(["render", "riverbend.yaml", "--theme", "neon"], in: folder)
    #expect(theme.status == 64)
    #expect(theme.stderr.contains("projector"))
  }
}
