import Foundation
import SIMTestSupport

/// Runs the built `simmap` binary, as a user would from a terminal.
struct SimmapProcess {
  struct Output {
    var status: Int32
    var stdout: String
    var stderr: String
  }

  /// The `simmap` binary built next to this test bundle.
  static let binary: URL = {
    let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
    return executable.deletingLastPathComponent().appendingPathComponent("simmap")
  }()

  /// Runs simmap with `arguments` in `directory` (the repository root by default).
  static func run(
    _ arguments: [String], in directory: URL = Fixtures.root,
    environment extra: [String: String] = [:]
  ) throws -> Output {
    let process = Process()
    process.executableURL = binary
    process.arguments = arguments
    process.currentDirectoryURL = directory
    var environment = ProcessInfo.processInfo.environment
    environment["NO_COLOR"] = "1"
    environment.merge(extra) { $1 }
    process.environment = environment
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    // Read both pipes before waiting, so a full pipe cannot block the child.
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    let errData = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Output(
      status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
      stderr: String(decoding: errData, as: UTF8.self))
  }
}
