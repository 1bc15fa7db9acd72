import Foundation
import SIMModel

/// Writes a command's output file: creates its folder, writes atomically, says where.
enum OutputFile {
  /// Where "Wrote PATH" goes: standard output, or standard error when standard output carries a
  /// report the user may be redirecting.
  enum Announcement {
    case standardOutput, standardError
  }

  /// Writes `data` to `path`.
  /// - Throws: exit status 73 (EX_CANTCREAT) after printing why, when the file cannot be written.
  static func write(_ data: Data, to path: String, announce: Announcement = .standardOutput) throws
  {
    do {
      let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
      try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
      try AtomicFile.write(data, to: path)
    } catch let error as AtomicFile.WriteError {
      Terminal.printError("error: \(error)")
      throw ExitStatus.cannotWrite
    } catch {
      Terminal.printError("error: cannot write \(path): \(error.localizedDescription)")
      throw ExitStatus.cannotWrite
    }
    switch announce {
    case .standardOutput: Terminal.printOutput("Wrote \(path)")
    case .standardError: Terminal.printError("Wrote \(path)")
    }
  }
}
