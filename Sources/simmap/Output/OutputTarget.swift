import ArgumentParser
import Foundation

/// Where a command writes: standard output, one file, or a folder. Every command that writes
/// decides this one way, from its `-o` value (or, for `simmap init`, its path argument).
enum OutputTarget: Equatable {
  case standardOutput
  case file(String)
  /// A folder; `""` is the current folder.
  case folder(String)

  /// The extensions of the files simmap writes; a name ending in one names a file, never a
  /// folder.
  static let fileExtensions: Set<String> = [
    "svg", "png", "pdf", "dot", "json", "html", "htm", "md", "csv", "txt", "yaml", "yml",
  ]

  /// The target a `-o` value names.
  ///
  /// `-` is standard output. An existing folder, or a name ending in `/`, is a folder. When the
  /// command writes several files (`several`), any other name is a folder too, unless it ends in
  /// a file extension (`single.svg`), which is refused rather than made into a folder.
  /// - Parameter what: what the command writes, for the message: "9 pictures".
  static func parse(_ value: String, several: Bool, what: String) throws -> OutputTarget {
    if value == "-" { return .standardOutput }
    if value.hasSuffix("/") || isExistingFolder(value) { return .folder(value) }
    guard several else { return .file(value) }
    let fileExtension = URL(fileURLWithPath: value).pathExtension.lowercased()
    if fileExtensions.contains(fileExtension) {
      throw ValidationError(
        "-o \(value) names one file, but this writes \(what); give a folder instead, "
          + "such as -o \(folderSuggestion(for: value))")
    }
    return .folder(value)
  }

  /// The folder a map file is in, for outputs written beside it: `""` for the current folder.
  static func beside(_ mapFile: String) -> OutputTarget {
    guard let slash = mapFile.lastIndex(of: "/") else { return .folder("") }
    return .folder(String(mapFile[...slash]))
  }

  /// The path of the file called `name` in this target: the file itself, or `name` in the
  /// folder; nil for standard output.
  func path(named name: String) -> String? {
    switch self {
    case .standardOutput: nil
    case .file(let path): path
    case .folder(let folder): Self.join(folder, name)
    }
  }

  static func join(_ folder: String, _ name: String) -> String {
    if folder.isEmpty || folder == "." { return name }
    return folder.hasSuffix("/") ? folder + name : folder + "/" + name
  }

  private static func isExistingFolder(_ path: String) -> Bool {
    var isDirectory: ObjCBool = false
    return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
      && isDirectory.boolValue
  }

  /// `pictures/` for `single.svg`: the name without its extension, as a folder.
  private static func folderSuggestion(for value: String) -> String {
    let stem = URL(fileURLWithPath: value).deletingPathExtension().lastPathComponent
    let folder = URL(fileURLWithPath: value).deletingLastPathComponent().relativePath
    return join(folder, stem.isEmpty ? "pictures" : stem) + "/"
  }
}
