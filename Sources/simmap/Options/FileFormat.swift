import ArgumentParser
import Foundation

/// A `--format` whose choices are also file extensions, so `-o map.png` alone draws a PNG.
protocol FileFormat: CaseInsensitiveChoice, Equatable {
  /// The format a file extension (lowercased, without the dot) names, or nil.
  init?(fileExtension: String)
}

extension FileFormat {
  /// The format to write: the one --format names; without it, the one the `-o` file's
  /// extension names; otherwise `fallback`.
  static func chosen(_ given: Self?, output: String?, default fallback: Self) -> Self {
    given ?? output.flatMap(Self.named(byFile:)) ?? fallback
  }

  /// Refuses a --format that disagrees with the `-o` file's extension (`--format png -o
  /// map.svg`), which would write a PNG named .svg.
  static func checkAgreement(_ given: Self?, output: String?) throws {
    guard let given, let output, let named = Self.named(byFile: output), named != given else {
      return
    }
    throw ValidationError(
      "-o \(output) names a .\(URL(fileURLWithPath: output).pathExtension) file, but --format is "
        + "\(given.rawValue); give one of them, or make them agree")
  }

  /// The format a `-o` file's extension names; nil for `-`, a folder, or another extension.
  private static func named(byFile path: String) -> Self? {
    guard path != "-", !path.hasSuffix("/") else { return nil }
    var isDirectory: ObjCBool = false
    if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory),
      isDirectory.boolValue
    {
      return nil
    }
    return Self(fileExtension: URL(fileURLWithPath: path).pathExtension.lowercased())
  }
}
