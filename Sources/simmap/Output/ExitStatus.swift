import ArgumentParser

/// The exit codes simmap documents (README, "Exit codes").
enum ExitStatus {
  /// The map has problems: errors, or warnings under --strict.
  static let mapProblems = ExitCode(1)
  /// Graphviz or one of its plugins is missing (EX_UNAVAILABLE).
  static let unavailable = ExitCode(69)
  /// A bug in simmap (EX_SOFTWARE).
  static let internalError = ExitCode(70)
  /// An output file could not be written (EX_CANTCREAT).
  static let cannotWrite = ExitCode(73)
}
