import Foundation
import SIMModel
import SIMReport

/// Where the files of a report or charter go: the main file and those beside it (its picture,
/// or the other CSV tables), written as a set.
struct DocumentDestination {
  var target: OutputTarget
  /// The main file's name without extension when -o does not name it: `riverbend.report`.
  var defaultName: String

  /// The name the renderer builds file names from: the -o file's name without its extension,
  /// or the default name.
  var baseName: String {
    guard case .file(let path) = target else { return defaultName }
    let name = URL(fileURLWithPath: path).lastPathComponent
    let stem = URL(fileURLWithPath: name).deletingPathExtension().lastPathComponent
    return stem.isEmpty ? name : stem
  }

  /// Writes the files (all of them or, when one cannot be written, none), or the main file
  /// to standard output.
  func write(_ files: [ReportFile]) throws {
    switch target {
    case .standardOutput:
      for file in files where file.isMain { FileHandle.standardOutput.write(file.data) }
    case .file(let path):
      let folder = URL(fileURLWithPath: path).deletingLastPathComponent().relativePath
      let items = files.map { file in
        AtomicFile.Item(
          path: file.isMain ? path : OutputTarget.join(folder, file.name), data: file.data)
      }
      try OutputFile.write(items)
    case .folder(let folder):
      try OutputFile.write(
        files.map { AtomicFile.Item(path: OutputTarget.join(folder, $0.name), data: $0.data) })
    }
  }
}
