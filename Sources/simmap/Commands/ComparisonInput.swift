import Foundation
import SIMAnalysis
import SIMModel

/// Reads the maps `simmap compare` and `simmap diff` work on, printing their problems the way
/// `simmap validate` does.
struct ComparisonInput {
  var input: InputOptions
  /// What the command does to the maps, for "not compared; fix the errors above first".
  var verb: String

  /// The map at `path`, checked; a name such as `hancock-oh-2017` that is not a file here is
  /// looked up among the bundled sample maps, so they work from any folder.
  /// - Throws: `ExitStatus.mapProblems` when the map cannot be read or has errors.
  func load(_ path: String) throws -> LoadedMap {
    let result: LoadResult
    if !FileManager.default.fileExists(atPath: path),
      let sample = MapLibrary.bundledMap(named: path, options: input.loadOptions)
    {
      result = sample
    } else {
      result = AnalysisValidator().check(path: path, options: input.loadOptions)
    }
    guard let loaded = input.accept(result, file: path, otherwise: "not \(verb)") else {
      if result.loaded == nil, !FileManager.default.fileExists(atPath: path) {
        Terminal.printError(
          "hint: sample maps can be named without a folder: "
            + MapLibrary.bundledNames.joined(separator: ", "))
      }
      throw ExitStatus.mapProblems
    }
    return loaded
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
