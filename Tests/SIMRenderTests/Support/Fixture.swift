import Foundation
import SIMAnalysis
import SIMModel
import Testing

/// Finds and loads input maps for the renderer's tests, through `#filePath` (no bundles).
enum Fixture {
  /// `Tests/SIMRenderTests`.
  static let testsDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent()

  /// The package root.
  static let packageRoot = testsDirectory.deletingLastPathComponent().deletingLastPathComponent()

  /// The path of a fixture in `Tests/SIMRenderTests/Fixtures`.
  static func path(_ name: String) -> String {
    testsDirectory.appendingPathComponent("Fixtures").appendingPathComponent(name).path
  }

  /// The map in a YAML file, failing the test when it cannot be read.
  static func load(path: String) throws -> Map {
    let result = MapChecker().check(path: path)
    let loaded = try #require(result.loaded, "could not read \(path): \(result.diagnostics)")
    return loaded.map
  }

  /// The map in a fixture file.
  static func load(_ name: String) throws -> Map {
    try load(path: path(name))
  }

  /// Every `*.yaml` in a folder of the package, sorted; empty when the folder is missing.
  static func maps(in folder: String) -> [String] {
    let directory = packageRoot.appendingPathComponent(folder)
    let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
    return names.filter { $0.hasSuffix(".yaml") }.sorted().map {
      directory.appendingPathComponent($0).path
    }
  }
}
