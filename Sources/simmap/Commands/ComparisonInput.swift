import Foundation
import SIMAnalysis
import SIMModel

/// Reads the maps `simmap compare` and `simmap diff` work on, printing their problems the way
/// `simmap validate` does.
struct ComparisonInput {
  var input: InputOptions
  /// What the command does to the maps, for "not compared; fix the errors above first".
  var verb: String

  /// The map at `path`, checked. A bare name such as `hancock-oh-2017` (no `/`, no `.yaml` or
  /// `.yml`) that is not a file here is looked up among the bundled sample maps, so they work
  /// from any folder, and simmap says which one it used; anything else is always a path.
  /// - Throws: `ExitStatus.mapProblems` when the map cannot be read or has errors.
  func load(_ path: String) throws -> LoadedMap {
    let result: LoadResult
    if let sample = Self.sampleMap(named: path, options: input.loadOptions) {
      Terminal.printError(
        "note: \(path) is not a file here; using the bundled sample map \(sample.name)")
      result = sample.result
    } else {
      result = AnalysisValidator().check(path: path, options: input.loadOptions)
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
