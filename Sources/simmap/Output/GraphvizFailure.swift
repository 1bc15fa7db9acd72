import ArgumentParser
import GraphvizKit

/// What every drawing command does when Graphviz fails: says why, then exits 69 when Graphviz or
/// a plugin is missing and 70 otherwise (the DOT is simmap's own, so any other failure is a bug).
enum GraphvizFailure {
  /// Prints the error and returns the exit status to throw.
  static func exit(for error: GraphvizError) -> ExitCode {
    Terminal.printError("error: \(error.description)")
    switch error {
    case .contextUnavailable, .layoutUnavailable, .formatUnavailable: return ExitStatus.unavailable
    default: return ExitStatus.internalError
    }
  }

  /// Renders `dot` in one format through the shared engine, exiting as above on failure.
  static func render(_ dot: String, as format: GraphvizFormat) throws -> Rendering {
    do {
      return try GraphvizEngine.shared.render(dot: dot, formats: [format])
    } catch {
      throw exit(for: error)
    }
  }
}
