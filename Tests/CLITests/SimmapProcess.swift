import Foundation
import SIMTestSupport

/// Runs the built `simmap` binary, as a user would from a terminal.
enum SimmapProcess {
  typealias Output = ChildProcess.Output

  /// The `simmap` binary built next to this test bundle.
  static let binary: URL = {
    let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
    return executable.deletingLastPathComponent().appendingPathComponent("simmap")
  }()

  /// Runs simmap with `arguments` in `directory` (the repository root by default), without
  /// color; standard output and standard error are read concurrently (see `ChildProcess`).
  static func run(
    _ arguments: [String], in directory: URL = Fixtures.root,
    environment extra: [String: String] = [:]
  ) throws -> Output {
    try ChildProcess.run(
      binary, arguments, in: directory, environment: ["NO_COLOR": "1"].merging(extra) { $1 })
  }
}
