import Foundation
import SIMAnalysis
import SIMModel

extension InputOptions {
  /// Checks the map at `file` exactly as `simmap validate` does (shape, meaning, practice ids,
  /// rule ids), prints its problems, and returns it when it has no errors.
  ///
  /// - Parameter outcome: what the command will not do, for "FILE: not drawn; fix the errors
  ///   above first".
  func checkedMap(_ file: String, otherwise outcome: String) -> LoadedMap? {
    accept(check(file), file: file, otherwise: outcome)
  }

  /// Every problem of the map at `file`, as `simmap validate` reports them, with the map when it
  /// could be read; nothing is printed.
  func check(_ file: String) -> LoadResult {
    MapChecker(options: loadOptions).check(path: file)
  }

  /// Prints the problems of an already checked map and returns it when it has no errors.
  func accept(_ result: LoadResult, file: String, otherwise outcome: String) -> LoadedMap? {
    let diagnostics = applyingStrictness(result.diagnostics)
    let text = result.text
    let formatter = DiagnosticFormatter(colored: Terminal.stderrIsColorTerminal) { _ in text }
    for block in formatter.formatAll(diagnostics) { Terminal.printError(block) }
    guard let loaded = result.loaded, !diagnostics.hasErrors else {
      Terminal.printError("\(file): \(outcome); fix the errors above first")
      return nil
    }
    return loaded
  }
}
