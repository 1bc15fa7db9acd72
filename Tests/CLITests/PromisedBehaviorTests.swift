import Foundation
import SIMTestSupport
import Testing

/// What the README promises that no other test checks.
@Suite("what the README promises")
struct PromisedBehaviorTests {
  let space: Workspace

  init() throws {
    space = try Workspace("promised")
  }

  @Test("render --format pdf writes a PDF, and --format json Graphviz's JSON layout")
  func pdfAndJSON() throws {
    let pdf = try space.run(["render", "riverbend.yaml", "--format", "pdf"])
    #expect(pdf.status == 0, "\(pdf.stderr)")
    #expect(try space.data("riverbend.pdf").starts(with: Data("%PDF-".utf8)))
    let json = try space.run(["render", "riverbend.yaml", "--format", "json", "-o", "-"])
    #expect(json.status == 0, "\(json.stderr)")
    let object = try JSONSerialization.jsonObject(with: json.stdoutData) as? [String: Any]
    #expect(object?["name"] as? String == "cross_system_map")
    #expect(object?["bb"] is String)
  }

  @Test("with several maps, a broken one is reported and the others are still drawn; exit 1")
  func severalMapsOneBroken() throws {
    try FileManager.default.copyItem(
      atPath: space.path("riverbend.yaml"), toPath: space.path("second.yaml"))
    try space.write("simmap: 1\njurisdiction:\n  name: Broken\n  kind: conty\n", to: "broken.yaml")
    let render = try space.run(["render", "riverbend.yaml", "broken.yaml", "second.yaml"])
    #expect(render.status == 1)
    #expect(render.stderr.contains("broken.yaml: not drawn"))
    let names = try space.names()
    #expect(names.contains("riverbend.svg"))
    #expect(names.contains("second.svg"))
    #expect(!names.contains("broken.svg"))
    let validate = try space.run(["validate", "riverbend.yaml", "broken.yaml", "second.yaml"])
    #expect(validate.status == 1)
    #expect(validate.stdout.contains("riverbend.yaml: ok"))
    #expect(validate.stdout.contains("second.yaml: ok"))
    #expect(validate.stdout.contains("broken.yaml: 1 error"))
  }

  @Test("compare --library --peers N learns from N peers; --peers needs --library")
  func peers() throws {
    for count in [0, 1, 2] {
      let output = try space.run(
        ["compare", "riverbend.yaml", "--library", "--peers", "\(count)", "--format", "json"])
      #expect(output.status == 0, "\(output.stderr)")
      let object = try JSONSerialization.jsonObject(with: output.stdoutData) as? [String: Any]
      #expect((object?["lessons"] as? [Any])?.count == count, "--peers \(count)")
    }
    let negative = try space.run(["compare", "riverbend.yaml", "--library", "--peers", "-1"])
    #expect(negative.status == 64)
    let alone = try space.run(["compare", "riverbend.yaml", "hancock-oh-2017", "--peers", "2"])
    #expect(alone.status == 64)
    #expect(alone.stderr.contains("--peers applies to --library only"))
  }

  @Test(
    "compare -o draws the picture in the format its name gives",
    arguments: [("x.png", "\u{89}PNG"), ("x.pdf", "%PDF-"), ("x.dot", "digraph"), ("x.svg", "<")])
  func comparePicture(name: String, start: String) throws {
    let output = try space.run(["compare", "riverbend.yaml", "hancock-oh-2017", "-o", name])
    #expect(output.status == 0, "\(output.stderr)")
    #expect(output.stderr.contains("Wrote \(name)"))
    let prefix = start.unicodeScalars.map { UInt8(truncatingIfNeeded: $0.value) }
    #expect(Array(try space.data(name).prefix(prefix.count)) == prefix)
  }

  @Test("compare -o with another extension, or -, is a usage error")
  func comparePictureRefused() throws {
    for value in ["x.txt", "-"] {
      let output = try space.run(["compare", "riverbend.yaml", "hancock-oh-2017", "-o", value])
      #expect(output.status == 64, "-o \(value)")
    }
  }

  @Test("schema -o writes the committed schema to the file; -o - prints it")
  func schemaToFile() throws {
    let committed = try Data(
      contentsOf: Fixtures.root.appendingPathComponent("schema/simmap.schema.json"))
    let file = try space.run(["schema", "-o", "schemas/simmap.schema.json"])
    #expect(file.status == 0, "\(file.stderr)")
    #expect(try space.data("schemas/simmap.schema.json") == committed)
    let stdout = try space.run(["schema", "-o", "-"])
    #expect(stdout.stdoutData == committed)
  }

  @Test("a bare name not found here is a sample map, and simmap says which one it used")
  func sampleMapByName() throws {
    let output = try space.run(["compare", "riverbend.yaml", "hancock-oh-2017"])
    #expect(output.status == 0, "\(output.stderr)")
    #expect(
      output.stderr.contains(
        "hancock-oh-2017 is not a file here; using the bundled sample map Maps/hancock-oh-2017.yaml"
      ))
  }

  @Test("your own NAME.yaml wins over the sample map of that name, and simmap says so")
  func ownFileWins() throws {
    try FileManager.default.copyItem(
      atPath: space.path("riverbend.yaml"), toPath: space.path("hancock-oh-2017.yaml"))
    let output = try space.run(
      ["compare", "riverbend.yaml", "hancock-oh-2017", "--format", "json"])
    #expect(output.status == 0, "\(output.stderr)")
    #expect(
      output.stderr.contains(
        "using hancock-oh-2017.yaml in this folder, not the bundled sample map hancock-oh-2017"))
    #expect(!output.stdout.contains("Hancock County"))
  }

  @Test(
    "a path with a folder or a .yaml extension is always a path, never a sample map",
    arguments: ["hancock-oh-2017.yaml", "Maps/hancock-oh-2017.yaml", "./hancock-oh-2017"])
  func pathIsAlwaysAPath(path: String) throws {
    let output = try space.run(["compare", "riverbend.yaml", path])
    #expect(output.status == 1)
    #expect(output.stderr.contains("no such file"))
    #expect(!output.stderr.contains("using the bundled sample map"))
    #expect(output.stdout.isEmpty)
  }

  @Test("an internal error exits 70 with a plea to report it (raised through a test variable)")
  func internalError() throws {
    let output = try space.run(
      ["validate", "riverbend.yaml"], environment: ["SIMMAP_TEST_INTERNAL_ERROR": "1"])
    #expect(output.status == 70)
    #expect(output.stderr.contains("internal error in simmap"))
    #expect(output.stderr.contains("please report it"))
  }
}
