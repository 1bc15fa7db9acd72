import Foundation
import SIMTestSupport
import Testing

/// The README's exit-code table against what simmap does.
@Suite("exit codes")
struct ExitCodeTests {
  /// A command that ends with each documented code, run in a workspace with riverbend.yaml.
  static let triggers: [Int32: (arguments: [String], environment: [String: String])] = [
    0: (["validate", "riverbend.yaml"], [:]),
    1: (["validate", "missing.yaml"], [:]),
    64: (["validate", "--no-such-option"], [:]),
    69: (["render", "riverbend.yaml", "-o", "-"], ["GVBINDIR": "/nonexistent-plugin-folder"]),
    70: (["validate", "riverbend.yaml"], ["SIMMAP_TEST_INTERNAL_ERROR": "1"]),
    73: (["render", "riverbend.yaml", "-o", "/dev/full"], [:]),
  ]

  /// The codes in the README's "Exit codes" table.
  static func documentedCodes() throws -> Set<Int32> {
    let readme = try String(
      contentsOf: Fixtures.root.appendingPathComponent("README.md"), encoding: .utf8)
    let section = try #require(readme.components(separatedBy: "### Exit codes").last)
    let table = section.components(separatedBy: "\n\n").dropFirst().first ?? ""
    return Set(
      table.split(separator: "\n").compactMap { line in
        Int32(line.split(separator: "|").first?.trimmingCharacters(in: .whitespaces) ?? "")
      })
  }

  @Test("the README documents exactly the codes simmap uses")
  func documented() throws {
    #expect(try Self.documentedCodes() == Set(Self.triggers.keys))
  }

  @Test("each documented code is what simmap exits with", arguments: [0, 1, 64, 69, 70, 73])
  func behaves(code: Int32) throws {
    let space = try Workspace("exit-\(code)")
    let trigger = try #require(Self.triggers[code])
    let output = try space.run(trigger.arguments, environment: trigger.environment)
    #expect(output.status == code, "\(trigger.arguments): \(output.stderr)")
  }
}
