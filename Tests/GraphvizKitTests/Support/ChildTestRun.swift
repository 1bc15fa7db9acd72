import Foundation

/// Runs one test of this test binary in a fresh child process.
///
/// Graphviz reads `GVBINDIR` once per process and writes to the process's stderr, so checks
/// about plugin discovery or stray output need a process of their own. The child is this same
/// test executable (`/proc/self/exe`, so Linux only), run with a swift-testing `--filter` that
/// selects one probe test; the probe is enabled only when `probeVariable` is set.
struct ChildTestRun {
  /// Environment variable naming the probe to run; parent tests disable themselves when set.
  static let probeVariable = "GRAPHVIZKIT_CHILD_PROBE"
  /// Environment variable naming the file the probe writes its findings to.
  static let resultVariable = "GRAPHVIZKIT_CHILD_RESULT"

  /// The child's exit status.
  let status: Int32
  /// Everything the child wrote to stdout and stderr.
  let output: String
  /// What the probe wrote to its result file, or `nil` if it wrote nothing.
  let result: String?

  /// Whether this platform can start the child (it needs `/proc/self/exe`).
  static var isSupported: Bool {
    FileManager.default.fileExists(atPath: "/proc/self/exe")
  }

  /// Whether this process is a child started by ``run(test:probe:environment:)``.
  static var isChild: Bool {
    ProcessInfo.processInfo.environment[probeVariable] != nil
  }

  /// Whether this process is a child running `probe`.
  static func isRunning(_ probe: String) -> Bool {
    ProcessInfo.processInfo.environment[probeVariable] == probe
  }

  /// Writes the probe's findings to the file the parent named.
  static func report(_ text: String) throws {
    guard let path = ProcessInfo.processInfo.environment[resultVariable] else { return }
    try text.write(toFile: path, atomically: true, encoding: .utf8)
  }

  /// Runs the test function `test` in a child with `probe` selected and `environment` added.
  static func run(test: String, probe: String, environment: [String: String] = [:]) throws
    -> ChildTestRun
  {
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("graphvizkit-child-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let resultURL = directory.appendingPathComponent("result.txt")
    let outputURL = directory.appendingPathComponent("output.txt")
    _ = FileManager.default.createFile(atPath: outputURL.path, contents: nil)
    let outputHandle = try FileHandle(forWritingTo: outputURL)
    defer { try? outputHandle.close() }

    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
    process.arguments = ["--testing-library", "swift-testing", "--filter", test]
    var childEnvironment = ProcessInfo.processInfo.environment
    childEnvironment.merge(environment) { _, new in new }
    childEnvironment[probeVariable] = probe
    childEnvironment[resultVariable] = resultURL.path
    process.environment = childEnvironment
    process.standardOutput = outputHandle
    process.standardError = outputHandle
    process.standardInput = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()

    return ChildTestRun(
      status: process.terminationStatus,
      output: (try? String(contentsOf: outputURL, encoding: .utf8)) ?? "",
      result: try? String(contentsOf: resultURL, encoding: .utf8))
  }
}
