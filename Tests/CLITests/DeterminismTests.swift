import Foundation
import SIMTestSupport
import Testing

/// Two separate simmap processes give the same bytes for the same map: nothing depends on
/// dictionary order (which differs between processes), the clock, the time zone, the locale or
/// the folder simmap runs in.
@Suite("determinism across processes")
struct DeterminismTests {
  static let views = [
    "map", "sharing", "opportunities", "intercept:0", "intercept:1", "intercept:2",
    "intercept:3", "intercept:4", "intercept:5",
  ]

  /// Renders the tutorial in a fresh process, in a folder of its own.
  private static func render(view: String, format: String, environment: [String: String])
    throws -> String
  {
    let workspace = try Workspace("determinism")
    let output = try workspace.run(
      [
        "render", "riverbend.yaml", "--view", view, "--format", format, "--as-of", "2026-06-01",
        "-o", "-",
      ], environment: environment)
    #expect(output.status == 0, "\(output.stderr)")
    return output.stdout
  }

  @Test("DOT of every view, byte for byte", arguments: views)
  func dot(view: String) throws {
    let first = try Self.render(view: view, format: "dot", environment: [:])
    let second = try Self.render(
      view: view, format: "dot", environment: ["TZ": "Pacific/Kiritimati", "LANG": "de_DE.UTF-8"])
    #expect(!first.isEmpty)
    #expect(first == second)
  }

  @Test("SVG from Graphviz, byte for byte", arguments: ["map", "opportunities"])
  func svg(view: String) throws {
    let first = try Self.render(view: view, format: "svg", environment: [:])
    let second = try Self.render(view: view, format: "svg", environment: ["TZ": "Asia/Kolkata"])
    #expect(first.contains("<svg"))
    #expect(first == second)
  }
}
