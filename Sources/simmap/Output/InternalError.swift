import ArgumentParser
import Foundation

/// A bug in simmap: an error no command expects. simmap says so and exits 70 (EX_SOFTWARE).
enum InternalError: Error, CustomStringConvertible {
  /// An error a command threw that is not one of simmap's exit statuses.
  case unexpected(String)
  /// Raised on purpose when `SIMMAP_TEST_INTERNAL_ERROR=1`, so tests can check exit code 70
  /// and its message; no input can reach an internal error on purpose.
  case testTrigger

  /// The environment variable that raises `testTrigger`.
  static let testVariable = "SIMMAP_TEST_INTERNAL_ERROR"

  static func unexpected(_ error: any Error) -> InternalError {
    .unexpected(String(describing: error))
  }

  var description: String {
    let what =
      switch self {
      case .unexpected(let text): text
      case .testTrigger: "raised for testing (\(Self.testVariable) is set)"
      }
    return "error: internal error in simmap: \(what); please report it with the command you ran"
  }

  /// Throws `testTrigger` when the test variable is set.
  static func triggerForTesting() throws(InternalError) {
    if ProcessInfo.processInfo.environment[testVariable] == "1" { throw .testTrigger }
  }

  /// Whether `error` is one the command line handles itself: an exit status, a clean exit
  /// (help, version), a usage error, or any other error of ArgumentParser's own (such as the
  /// help a command without `run()` shows).
  static func isExpected(_ error: any Error) -> Bool {
    error is ExitCode || error is CleanExit || error is ValidationError
      || String(reflecting: type(of: error)).hasPrefix("ArgumentParser.")
  }
}
