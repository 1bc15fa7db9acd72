import Foundation
import SIMModel

/// Writes a command's output files: creates their folder, writes them safely (see
/// `AtomicFile`), and says where.
enum OutputFile {
  /// Where "Wrote PATH" goes: standard output, or standard error when standard output carries a
  /// report the user may be redirecting.
  enum Announcement {
    case standardOutput, standardError
  }

  /// Writes `data` to `path`; with `replace` false, refuses to replace an existing file.
  /// - Throws: exit status 73 (EX_CANTCREAT) after printing why, when the file cannot be written.
  static func write(
    _ data: Data, to path: String, announce: Announcement = .standardOutput, replace: Bool = true
  ) throws {
    try write([AtomicFile.Item(path: path, data: data)], announce: announce, replace: replace)
  }

  /// Writes files as a set: all of them, or, when one cannot be written, none.
  /// - Throws: exit status 73 (EX_CANTCREAT) after printing why.
  static func write(
    _ items: [AtomicFile.Item], announce: Announcement = .standardOutput, replace: Bool = true
  ) throws {
    let outcomes: [AtomicFile.Outcome]
    do {
      for folder in Set(items.map { folder(of: $0.path) }) { try makeFolder(folder) }
      outcomes = try AtomicFile.write(items, replace: replace)
    } catch {
      Terminal.printError("error: \(error)")
      throw ExitStatus.cannotWrite
    }
    for (item, outcome) in zip(items, outcomes) {
      let line: String
      switch outcome {
      case .written: line = "Wrote \(item.path)"
      case .unchanged: line = "Unchanged \(item.path)"
      case .streamed: continue
      }
      switch announce {
      case .standardOutput: Terminal.printOutput(line)
      case .standardError: Terminal.printError(line)
      }
    }
  }

  private static func folder(of path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return "" }
    return slash == path.startIndex ? "/" : String(path[..<slash])
  }

  /// Creates `folder` and the folders above it, explaining a failure in plain words.
  private static func makeFolder(_ folder: String) throws(AtomicFile.WriteError) {
    guard !folder.isEmpty else { return }
    var prefix = folder.hasPrefix("/") ? "/" : ""
    for part in folder.split(separator: "/") {
      prefix += part
      defer { prefix += "/" }
      var isDirectory: ObjCBool = false
      if FileManager.default.fileExists(atPath: prefix, isDirectory: &isDirectory) {
        guard isDirectory.boolValue else {
          throw .failed(path: folder, reason: "\(prefix) is a file, not a folder")
        }
        continue
      }
      guard mkdir(prefix, 0o777) == 0 || errno == EEXIST else {
        throw .failed(
          path: folder, reason: AtomicFile.WriteError.reason(errno: errno, path: prefix))
      }
    }
  }
}
