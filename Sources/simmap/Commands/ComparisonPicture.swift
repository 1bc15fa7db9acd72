import ArgumentParser
import Foundation
import GraphvizKit
import SIMModel

/// Writes the picture of `simmap compare --view` and `simmap diff --view`: the format comes
/// from the file name (.svg, .png, .pdf or .dot), and the file is written atomically.
struct ComparisonPicture {
  /// The picture formats, by file extension.
  enum Format: String, CaseIterable {
    case svg, png, pdf, dot

    /// The format a path's extension names, or nil.
    init?(path: String) {
      self.init(rawValue: URL(fileURLWithPath: path).pathExtension.lowercased())
    }
  }

  /// Where to write.
  var path: String

  /// Checks a `-o` value before anything runs.
  static func validate(_ path: String?) throws {
    guard let path else { return }
    guard path != "-" else {
      throw ValidationError(
        "-o names the picture's file; the report itself goes to standard output")
    }
    guard Format(path: path) != nil else {
      throw ValidationError("-o must end in .svg, .png, .pdf or .dot, such as comparison.svg")
    }
  }

  /// Renders `dot` in the path's format and writes it, then says where on standard error.
  /// - Throws: exit status 69 when Graphviz is missing, 70 on a Graphviz failure, 73 when the
  ///   file cannot be written.
  func write(dot: String) throws {
    try OutputFile.write(try render(dot), to: path, announce: .standardError)
  }

  private func render(_ dot: String) throws -> Data {
    guard let format = Format(path: path), format != .dot,
      let graphviz = GraphvizFormat(rawValue: format.rawValue)
    else { return Data(dot.utf8) }
    let rendering = try GraphvizFailure.render(dot, as: graphviz)
    guard let data = rendering[graphviz] else { throw ExitStatus.internalError }
    return data
  }
}
