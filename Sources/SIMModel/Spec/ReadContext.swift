import Yams

/// Collects what the loader finds while it reads a map: problems and positions.
final class ReadContext {
  let file: String
  private(set) var diagnostics: [Diagnostic] = []
  private(set) var sourceMap: SourceMap

  init(file: String) {
    self.file = file
    self.sourceMap = SourceMap(file: file)
  }

  func location(of mark: Mark?) -> SourceLocation? {
    mark.map { SourceLocation(file: file, line: $0.line, column: $0.column) }
  }

  func report(_ diagnostic: Diagnostic) {
    diagnostics.append(diagnostic)
  }

  func report(
    _ code: DiagnosticCode, _ message: String, at node: MapNode, hint: String? = nil
  ) {
    report(Diagnostic(code, message, at: node.location, path: node.path, hint: hint))
  }

  func record(_ node: MapNode) {
    sourceMap.record(node.location, for: node.path)
  }

  func recordDefinition(kind: String, id: String, at node: MapNode) {
    sourceMap.recordDefinition(.init(kind: kind, id: id, location: node.location, path: node.path))
  }

  func recordReference(kind: String, id: String, at node: MapNode) {
    sourceMap.recordReference(.init(kind: kind, id: id, location: node.location, path: node.path))
  }

  func recordElements(_ paths: [FieldPath], of list: FieldPath) {
    sourceMap.recordElements(paths, of: list)
  }
}
