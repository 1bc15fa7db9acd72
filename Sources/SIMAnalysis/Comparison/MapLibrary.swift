import Foundation
import SIMModel
import SIMSampleMaps

/// A set of maps to find peers in: the sample maps compiled into simmap, or the maps of a folder.
///
/// Every map is checked as `simmap validate` checks it; a map with errors is kept out of
/// `entries` and listed in `problems`, so one broken file cannot stop a ranking.
package struct MapLibrary: Sendable {
  /// A map that was read without errors.
  package struct Entry: Sendable {
    /// The map with its file: the file name for a bundled map, the path for a folder's map.
    package var loaded: LoadedMap

    /// Creates an entry.
    package init(loaded: LoadedMap) {
      self.loaded = loaded
    }
  }

  /// A map that could not be used, with the problems that kept it out.
  package struct Problem: Sendable {
    /// The file.
    package var file: String
    /// The errors found in it, sorted.
    package var diagnostics: [Diagnostic]
  }

  /// Why a folder could not be read as a library.
  package enum ReadError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The path is missing or is not a folder.
    case notAFolder(path: String)

    /// A sentence for the user.
    package var description: String {
      switch self {
      case .notAFolder(let path): "\(path) is not a folder of map files"
      }
    }
  }

  /// What the library is, for reports: "the bundled sample maps" or "the folder DIR".
  package var name: String
  /// The usable maps, sorted by file.
  package var entries: [Entry]
  /// The maps left out because they have errors, sorted by file.
  package var problems: [Problem]

  /// Creates a library from maps already read.
  package init(name: String, entries: [Entry], problems: [Problem] = []) {
    self.name = name
    self.entries = entries.sorted { $0.loaded.file < $1.loaded.file }
    self.problems = problems.sorted { $0.file < $1.file }
  }

  /// The sample maps compiled into simmap, which every installed copy has.
  package static func bundled(
    catalog: PracticeCatalog? = nil, options: LoadOptions = LoadOptions()
  ) -> MapLibrary {
    let checker = MapChecker(catalog: catalog, options: options)
    return collect(
      name: "the bundled sample maps",
      results: SampleMaps.files.map { ($0.name, checker.check(text: $0.text, file: $0.name)) })
  }

  /// The `.yaml` and `.yml` files directly inside `path`.
  ///
  /// - Throws: `ReadError.notAFolder` when `path` is missing or not a folder.
  package static func folder(
    _ path: String, catalog: PracticeCatalog? = nil, options: LoadOptions = LoadOptions()
  ) throws(ReadError) -> MapLibrary {
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue,
      let names = try? FileManager.default.contentsOfDirectory(atPath: path)
    else { throw .notAFolder(path: path) }
    let checker = MapChecker(catalog: catalog, options: options)
    let files = names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted()
    let folder = path.hasSuffix("/") ? path : path + "/"
    return collect(
      name: "the folder \(path)",
      results: files.map { (folder + $0, checker.check(path: folder + $0)) })
  }

  /// The bundled sample map a user names (`hancock-oh-2017`, with or without `.yaml`, or a path
  /// ending in that name), checked; nil when no sample map has that name.
  package static func bundledMap(
    named name: String, catalog: PracticeCatalog? = nil, options: LoadOptions = LoadOptions()
  ) -> LoadResult? {
    guard let file = SampleMaps.file(named: name) else { return nil }
    return MapChecker(catalog: catalog, options: options).check(text: file.text, file: file.name)
  }

  /// The names users can give `bundledMap(named:)`, sorted.
  package static var bundledNames: [String] { SampleMaps.files.map(\.stem) }

  private static func collect(name: String, results: [(file: String, result: LoadResult)])
    -> MapLibrary
  {
    var entries: [Entry] = []
    var problems: [Problem] = []
    for (file, result) in results {
      let errors = result.diagnostics.filter { $0.severity == .error }
      if let loaded = result.loaded, errors.isEmpty {
        entries.append(Entry(loaded: loaded))
      } else {
        problems.append(Problem(file: file, diagnostics: errors))
      }
    }
    return MapLibrary(name: name, entries: entries, problems: problems)
  }
}
