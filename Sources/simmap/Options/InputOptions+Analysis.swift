import SIMAnalysis
import SIMModel

extension InputOptions {
  /// Checks the map at `file` as `simmap validate` does and analyzes it as of `date`.
  /// - Parameter outcome: what the command will not do, for "FILE: no report written; fix the
  ///   errors above first".
  /// - Throws: `ExitStatus.mapProblems` when the map cannot be read or has errors.
  func analyzedMap(_ file: String, asOf date: CalendarDate, otherwise outcome: String) throws
    -> (LoadedMap, Analysis)
  {
    guard let loaded = checkedMap(file, otherwise: outcome) else { throw ExitStatus.mapProblems }
    return (loaded, Analyzer().analyze(loaded, asOf: date))
  }
}
