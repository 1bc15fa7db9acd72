import Foundation

/// Runs `dot -Tsvg` on DOT text, as tools that shell out to Graphviz do.
enum DotSubprocess {
  /// The SVG bytes, or nil when dot failed.
  static func render(_ dot: String, dotPath: String) -> Data? {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: dotPath)
    process.arguments = ["-Tsvg"]
    let input = Pipe()
    let output = Pipe()
    process.standardInput = input
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    do { try process.run() } catch { return nil }
    // Write on another thread while this one reads, so neither pipe can fill up and block.
    let writer = Thread {
      input.fileHandleForWriting.write(Data(dot.utf8))
      try? input.fileHandleForWriting.close()
    }
    writer.start()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return process.terminationStatus == 0 ? data : nil
  }
}
