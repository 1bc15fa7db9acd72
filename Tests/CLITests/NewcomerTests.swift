import Foundation
import SIMTestSupport
import Testing

/// The rough edges a new user hit on the command line.
@Suite("newcomer's rough edges")
struct NewcomerTests {
  let space: Workspace

  init() throws {
    space = try Workspace("newcomer")
  }

  @Test("a mistyped command gets 'did you mean' and exit status 64")
  func mistypedCommand() throws {
    let typo = try space.run(["rendr", "riverbend.yaml"])
    #expect(typo.status == 64)
    #expect(typo.stderr.contains("'rendr' is not a simmap command; did you mean 'render'?"))
    let help = try space.run(["help", "rendr"])
    #expect(help.status == 64)
    #expect(help.stderr.contains("did you mean 'render'?"))
    let unknown = try space.run(["frobnicate"])
    #expect(unknown.status == 64)
    #expect(unknown.stderr.contains("the commands are validate, analyze, render"))
  }

  @Test("--view all -o single.svg is refused, and no folder named single.svg is made")
  func severalPicturesIntoOneFile() throws {
    let output = try space.run(["render", "riverbend.yaml", "--view", "all", "-o", "single.svg"])
    #expect(output.status == 64)
    #expect(output.stderr.contains("-o single.svg names one file, but this writes 9 pictures"))
    #expect(output.stderr.contains("-o single/"))
    #expect(!FileManager.default.fileExists(atPath: space.path("single.svg")))
  }

  @Test("two maps with the same file name drawn into one folder are refused, naming both")
  func sameStemCollision() throws {
    for folder in ["north", "south"] {
      try FileManager.default.createDirectory(
        atPath: space.path(folder), withIntermediateDirectories: true)
      try FileManager.default.copyItem(
        atPath: space.path("riverbend.yaml"), toPath: space.path("\(folder)/map.yaml"))
    }
    let output = try space.run(["render", "north/map.yaml", "south/map.yaml", "-o", "pictures"])
    #expect(output.status == 64)
    #expect(
      output.stderr.contains(
        "north/map.yaml and south/map.yaml would both be drawn into pictures/map.svg"))
    #expect(!FileManager.default.fileExists(atPath: space.path("pictures")))
  }

  @Test("choices are accepted in any case: --paper A4, --format DOT, --theme Print")
  func caseInsensitiveChoices() throws {
    let a4 = try space.run(["report", "riverbend.yaml", "--paper", "A4", "-o", "a4.html"])
    #expect(a4.status == 0, "\(a4.stderr)")
    #expect(String(decoding: try space.data("a4.html"), as: UTF8.self).contains("size: A4"))
    let letter = try space.run(["report", "riverbend.yaml", "-o", "letter.html"])
    #expect(letter.status == 0)
    #expect(String(decoding: try space.data("letter.html"), as: UTF8.self).contains("size: letter"))
    let dot = try space.run(
      ["render", "riverbend.yaml", "--format", "DOT", "--theme", "Print", "-o", "-"])
    #expect(dot.status == 0, "\(dot.stderr)")
    #expect(dot.stdout.hasPrefix("digraph"))
  }

  @Test("without --format, the -o file's extension chooses it; a disagreeing pair is refused")
  func formatFromFileName() throws {
    let png = try space.run(["render", "riverbend.yaml", "-o", "map.png"])
    #expect(png.status == 0, "\(png.stderr)")
    #expect(try space.data("map.png").starts(with: [0x89, 0x50, 0x4E, 0x47]))
    let report = try space.run(["report", "riverbend.yaml", "-o", "report.md"])
    #expect(report.status == 0, "\(report.stderr)")
    #expect(String(decoding: try space.data("report.md"), as: UTF8.self).hasPrefix("# "))
    #expect(try space.names().contains("report.map.svg"))
    let clash = try space.run(["render", "riverbend.yaml", "--format", "png", "-o", "map.svg"])
    #expect(clash.status == 64)
    #expect(clash.stderr.contains("-o map.svg names a .svg file, but --format is png"))
    #expect(!FileManager.default.fileExists(atPath: space.path("map.svg")))
  }

  @Test("CSV starts with a byte-order mark by default, so Excel reads it; --no-bom leaves it out")
  func csvByteOrderMark() throws {
    let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
    let plain = try space.run(["report", "riverbend.yaml", "--format", "csv", "-o", "excel"])
    #expect(plain.status == 0, "\(plain.stderr)")
    #expect(Array(try space.data("excel/riverbend.gaps.csv").prefix(3)) == bom)
    let noBOM = try space.run(
      ["report", "riverbend.yaml", "--format", "csv", "-o", "tools", "--no-bom"])
    #expect(noBOM.status == 0, "\(noBOM.stderr)")
    #expect(Array(try space.data("tools/riverbend.gaps.csv").prefix(3)) != bom)
    let html = try space.run(["report", "riverbend.yaml", "--no-bom"])
    #expect(html.status == 64)
    #expect(html.stderr.contains("--format csv only"))
  }

  @Test("CSV -o naming a .csv file is refused: five tables need a folder")
  func csvIntoOneFile() throws {
    let output = try space.run(["report", "riverbend.yaml", "--format", "csv", "-o", "all.csv"])
    #expect(output.status == 64)
    #expect(output.stderr.contains("this writes five CSV tables"))
  }

  @Test("--max-size is range-checked instead of overflowing, and a map over it is refused")
  func maximumSize() throws {
    for value in ["8796093022208", "0", "-3"] {
      let output = try space.run(["validate", "--max-size=\(value)", "riverbend.yaml"])
      #expect(output.status == 64, "--max-size \(value)")
      #expect(output.stderr.contains("--max-size must be a number of MiB from 1 to 1024"))
    }
    // 1.5 MiB of comments after a valid map: valid under the default 10 MiB, over 1 MiB.
    let padding = String(repeating: "# " + String(repeating: "x", count: 98) + "\n", count: 15_729)
    let map = String(decoding: try space.data("riverbend.yaml"), as: UTF8.self) + padding
    try space.write(map, to: "padded.yaml")
    let small = try space.run(["validate", "--max-size", "1", "padded.yaml"])
    #expect(small.status == 1)
    #expect(small.stderr.contains("larger than the 1.0 MiB limit"), "\(small.stderr)")
    let enough = try space.run(["validate", "--max-size", "2", "padded.yaml"])
    #expect(enough.status == 0, "\(enough.stderr)")
  }
}
