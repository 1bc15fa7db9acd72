import Foundation
import SIMAnalysis
import SIMModel

/// Reads the maps `simmap compare` and `simmap diff` work on, printing their problems the way
/// `simmap validate` does.
struct ComparisonInput {
  var input: InputOptions
  /// What the command does to the maps, for "not compared; fix the errors above first".
  var verb: String

  /// The map `given` names, checked. Anything with a `/` or ending in `.yaml` or `.yml` is a
  /// path. A bare name such as `hancock-oh-2017` is a file of this folder when one has that name
  /// (or that name with `.yaml` or `.yml`, so your own `hancock-oh-2017.yaml` wins); otherwise it
  /// is looked up among the bundled sample maps, so they work from any folder. simmap says which
  /// one it used.
  /// - Throws: `ExitStatus.mapProblems` when the map cannot be read or has errors.
  func load(_ given: String) throws -> LoadedMap {
    let path = Self.ownFile(for: given)
    let result: LoadResult
    if let sample = Self.sampleMap(named: path, options: input.loadOptions) {
      Terminal.printError(
        "note: \(path) is not a file here; using the bundled sample map \(sample.name)")
      result = sample.result
    } else {
      result = input.check(path)
    }
    guard let loaded = input.accept(result, file: path, otherwise: "not \(verb)") else {
      if result.loaded == nil, !FileManager.default.fileExists(atPath: path) {
        Terminal.printError(Self.missingFileHint(path))
      }
      throw ExitStatus.mapProblems
    }
    return loaded
  }

  /// Whether `path` is a bare name that may name a sample map: no folder, no YAML extension.
  static func isBareName(_ path: String) -> Bool {
    let lowered = path.lowercased()
    return !path.contains("/") && !lowered.hasSuffix(".yaml") && !lowered.hasSuffix(".yml")
  }

  /// `NAME.yaml` or `NAME.yml` of this folder for a bare name that is not itself a file here,
  /// with a note saying so; otherwise `given` itself.
  private static func ownFile(for given: String) -> String {
    let manager = FileManager.default
    guard isBareName(given), !manager.fileExists(atPath: given),
      let file = [given + ".yaml", given + ".yml"].first(where: manager.fileExists(atPath:))
    else { return given }
    if MapLibrary.bundledNames.contains(given) {
      Terminal.printError(
        "note: using \(file) in this folder, not the bundled sample map \(given)")
    }
    return file
  }

  /// The bundled sample map a bare name names, when no file of that name is here.
  private static func sampleMap(named path: String, options: LoadOptions)
    -> (name: String, result: LoadResult)?
  {
    guard isBareName(path), !FileManager.default.fileExists(atPath: path),
      let result = MapLibrary.bundledMap(named: path, options: options)
    else { return nil }
    return ("Maps/\(path).yaml", result)
  }

  /// What to try when the map file does not exist.
  private static func missingFileHint(_ path: String) -> String {
    let stem = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
    if !isBareName(path), MapLibrary.bundledNames.contains(stem) {
      return "hint: to use the bundled sample map, give its name alone: \(stem)"
    }
    return "hint: sample maps can be named without a folder: "
      + MapLibrary.bundledNames.joined(separator: ", ")
  }

  /// The maps of `folder`, or the bundled sample maps when it is nil; maps with errors are left
  /// out with a warning.
  /// - Throws: `ExitStatus.mapProblems` when the folder cannot be read or holds no usable map.
  func library(_ folder: String?) throws -> MapLibrary {
    let library: MapLibrary
    if let folder {
      do {
        library = try MapLibrary.folder(folder, options: input.loadOptions)
      } catch {
        Terminal.printError("error: \(error.description)")
        throw ExitStatus.mapProblems
      }
    } else {
      library = MapLibrary.bundled(options: input.loadOptions)
    }
    for problem in library.problems {
      Terminal.printError(
        "warning: \(problem.file): left out of the library; it has errors "
          + "(see simmap validate \(problem.file))")
    }
    guard !library.entries.isEmpty else {
      Terminal.printError("error: \(library.name) holds no map without errors")
      throw ExitStatus.mapProblems
    }
    return library
  }
}
