import Foundation

/// Runs the installed `dot` on DOT text, for tests that check Graphviz accepts what the
/// renderer writes. Tests that use it are skipped where `dot` is not installed.
enum GraphvizCheck {
  /// The `dot` executable these tests use.
  static let path = "/usr/bin/dot"

  /// Whether `dot` is installed.
  static var isAvailable: Bool { FileManager.default.isExecutableFile(atPath: path) }

  /// What `dot -Tsvg` made of some DOT: its exit status, output and error text.
  struct Result {
    var status: Int32
    var output: String
    var errors: String
  }

  /// Runs `dot -Tsvg` with `dot` on standard input.
  static func svg(_ dot: String) throws -> Result {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: path)
    process.arguments = ["-Tsvg"]
    let input = Pipe()
    let output = Pipe()
    let errors = Pipe()
    process.standardInput = input
    process.standardOutput = output
    process.standardError = errors
    try process.run()
    // Read both pipes while writing, so neither fills up and blocks dot.
    let group = DispatchGroup()
    nonisolated(unsafe) var outputData = Data()
    nonisolated(unsafe) var errorData = Data()
    DispatchQueue.global().async(group: group) {
      outputData = output.fileHandleForReading.readDataToEndOfFile()
    }
    DispatchQueue.global().async(group: group) {
      errorData = errors.fileHandleForReading.readDataToEndOfFile()
    }
    input.fileHandleForWriting.write(Data(dot.utf8))
    try input.fileHandleForWriting.close()
    group.wait()
    process.waitUntilExit()
    return Result(
      status: process.terminationStatus, output: String(decoding: outputData, as: UTF8.self),
      errors: String(decoding: errorData, as: UTF8.self))
  }
}
