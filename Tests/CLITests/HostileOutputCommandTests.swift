import Foundation
import SIMTestSupport
import Testing

/// The commands on `Tests/Fixtures/hostile-peer.yaml`, through the binary: what reaches a
/// terminal or a Markdown file is inert.
@Suite("hostile map text through the commands")
struct HostileOutputCommandTests {
  static let hostile = "Tests/Fixtures/hostile-peer.yaml"

  static let commands: [[String]] = [
    ["analyze", hostile, "--as-of", "2026-11-15"],
    ["compare", hostile, "Examples/tutorial.yaml"],
    ["compare", "Examples/tutorial.yaml", hostile],
    ["diff", "Examples/tutorial.yaml", hostile],
  ]

  /// Whether `needle` occurs in `text` without a backslash before it, which would make
  /// Markdown show it as it is.
  static func hasUnescaped(_ needle: String, in text: String) -> Bool {
    var rest = text[...]
    while let range = rest.range(of: needle) {
      if range.lowerBound == text.startIndex || text[text.index(before: range.lowerBound)] != "\\" {
        return true
      }
      rest = text[range.upperBound...]
    }
    return false
  }

  @Test("text output shows control characters escaped", arguments: commands)
  func text(_ command: [String]) throws {
    let output = try SimmapProcess.run(command)
    #expect(output.status == 0, "\(output.stderr)")
    let control = output.stdout.unicodeScalars.first {
      $0 != "\n" && ($0.value < 0x20 || (0x7F...0x9F).contains($0.value))
    }
    #expect(control == nil, "raw U+\(String(control?.value ?? 0, radix: 16))")
    if command[0] != "analyze" {
      #expect(output.stdout.contains("\\u{1B}"), "the ESC of the map is shown, escaped")
    }
  }

  @Test("Markdown output has no raw HTML and no javascript: link", arguments: commands)
  func markdown(_ command: [String]) throws {
    let output = try SimmapProcess.run(command + ["--format", "markdown"])
    #expect(output.status == 0, "\(output.stderr)")
    #expect(!Self.hasUnescaped("<script", in: output.stdout))
    #expect(!Self.hasUnescaped("<img", in: output.stdout))
    #expect(!Self.hasUnescaped("](javascript:", in: output.stdout))
    #expect(!output.stdout.contains("](<javascript:"))
    #expect(!output.stdout.unicodeScalars.contains("\r"))
  }

  @Test("compare --library never links a peer's javascript: source")
  func library() throws {
    let folder = try ComparisonWorkspace.folder("hostile-library")
    defer { try? FileManager.default.removeItem(at: folder) }
    try FileManager.default.copyItem(
      at: Fixtures.root.appendingPathComponent(Self.hostile),
      to: folder.appendingPathComponent("hostile-peer.yaml"))
    for format in ["text", "markdown", "json"] {
      let output = try SimmapProcess.run([
        "compare", ComparisonWorkspace.path("Examples/tutorial.yaml"), "--library", folder.path,
        "--format", format,
      ])
      #expect(output.status == 0, "\(output.stderr)")
      if format == "markdown" {
        #expect(!Self.hasUnescaped("](javascript:", in: output.stdout))
      }
      #expect(!Self.hasUnescaped("<javascript:", in: output.stdout), "\(format)")
      #expect(!output.stdout.contains("\"url\" : \"javascript:"), "\(format)")
    }
  }
}
