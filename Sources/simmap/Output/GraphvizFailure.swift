import ArgumentParser
import Foundation
import GraphvizKit
import SIMModel
import SIMRender
import SIMReport

/// What every drawing command does when Graphviz fails: says why, then exits 69 when Graphviz or
/// a plugin is missing and 70 otherwise (the DOT is simmap's own, so any other failure is a bug).
enum GraphvizFailure {
  /// Prints the error and returns the exit status to throw.
  static func exit(for error: GraphvizError) -> ExitCode {
    Terminal.printError("error: \(error.description)")
    switch error {
    case .contextUnavailable, .layoutUnavailable, .formatUnavailable: return ExitStatus.unavailable
    case .invalidDOT, .layoutFailed, .renderFailed, .drawingFailed, .workerFailed, .timedOut:
      return ExitStatus.internalError
    }
  }

  /// Renders `dot` in one format through the shared engine, exiting as above on failure.
  /// - Returns: the picture, and Graphviz's own layout messages.
  static func render(_ dot: String, as format: GraphvizFormat) throws
    -> (data: Data, warnings: [String])
  {
    let rendering: Rendering
    do {
      rendering = try GraphvizEngine.shared.render(dot: dot, formats: [format])
    } catch {
      throw exit(for: error)
    }
    guard let data = rendering[format] else {
      throw exit(for: .renderFailed(format: format, messages: ["Graphviz wrote nothing"]))
    }
    return (data, rendering.warnings)
  }

  /// The cross-system map of `map` as SVG, for reports, exiting as above on failure.
  static func mapSVG(of map: Map, theme: Theme) throws -> String {
    do {
      return try MapPicture.svg(of: map, theme: theme)
    } catch {
      throw exit(for: error)
    }
  }
}
