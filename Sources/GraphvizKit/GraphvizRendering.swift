/// Something that turns DOT text into pictures: the in-process ``GraphvizEngine`` or a
/// ``GraphvizWorkerPool`` of worker processes.
public protocol GraphvizRendering: Sendable {
  /// Lays out `dot` once with the `dot` engine and renders it to each of `formats`.
  /// - Returns: The bytes for each requested format and the warnings Graphviz emitted.
  /// - Throws: ``GraphvizError`` when the job fails; the renderer stays ready for the next one.
  func render(dot: String, formats: [GraphvizFormat]) throws(GraphvizError) -> Rendering
}

extension GraphvizEngine: GraphvizRendering {}
