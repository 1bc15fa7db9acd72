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

    /// The Graphviz format, or nil for DOT, which simmap writes itself.
    var graphviz: GraphvizFormat? {
      switch self {
      case .svg: .svg
      case .png: .png
      case .pdf: .pdf
      case .dot: nil
      }
    }
  }

  /// Where to write.
  var path: String

  /// Renders `dot` in the path's format and writes it, then says where on standard error.
  /// - Throws: exit status 69 when Graphviz is missing, 70 on a Graphviz failure, 73 when the
  ///   file cannot be written.
  func write(dot: String) throws {
    try OutputFile.write(try render(dot), to: path, announce: .standardError)
  }

  private func render(_ dot: String) throws -> Data {
    guard let graphviz = Format(path: path)?.graphviz else { return Data(dot.utf8) }
    return try GraphvizFailure.render(dot, as: graphviz).data
  }
}
