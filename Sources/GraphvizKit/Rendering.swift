import Foundation

/// The outputs of one layout, rendered to one or more formats, plus Graphviz's messages.
public struct Rendering: Sendable, Equatable {
  /// The bytes produced for each requested format.
  public let outputs: [GraphvizFormat: Data]
  /// Graphviz's warnings for this job, one line each, in order (an error fails the job).
  public let warnings: [String]

  /// Creates a rendering from its outputs and captured warnings.
  public init(outputs: [GraphvizFormat: Data], warnings: [String]) {
    self.outputs = outputs
    self.warnings = warnings
  }

  /// The bytes produced for `format`, or `nil` when that format was not requested.
  public subscript(format: GraphvizFormat) -> Data? {
    outputs[format]
  }
}
