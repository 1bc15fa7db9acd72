import Foundation

/// Names derived from a map file's name.
enum MapFileName {
  /// `tutorial` for `Examples/tutorial.yaml`.
  static func stem(_ path: String) -> String {
    URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
  }
}
