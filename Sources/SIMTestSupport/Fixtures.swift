import Foundation

/// Finds files of the repository from tests, without bundle resources.
package enum Fixtures {
  /// The repository root, found from this file's path.
  package static let root: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent()  // SIMTestSupport
    .deletingLastPathComponent()  // Sources
    .deletingLastPathComponent()

  /// `Tests/Fixtures/<path>`.
  package static func url(_ path: String) -> URL {
    root.appendingPathComponent("Tests/Fixtures").appendingPathComponent(path)
  }

  /// The YAML files in a folder of the repository, such as "Examples" or "Maps", sorted.
  package static func yamlFiles(in folder: String) -> [URL] {
    let directory = root.appendingPathComponent(folder)
    let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
    return names.filter { $0.hasSuffix(".yaml") }.sorted().map {
      directory.appendingPathComponent($0)
    }
  }

  /// A repository-relative path, so goldens do not depend on where the repository is.
  package static func relativePath(_ url: URL) -> String {
    let full = url.standardizedFileURL.path
    let prefix = root.standardizedFileURL.path + "/"
    return full.hasPrefix(prefix) ? String(full.dropFirst(prefix.count)) : full
  }
}
