import Foundation

/// The one gateway from Swift to the in-process Graphviz library (libgvc).
///
/// libgvc and libcgraph are not thread-safe in any way, so every Graphviz call in the process,
/// from creating the context to freeing a graph, runs while holding one lock owned by
/// ``shared``. The context is created on first use and kept until the process exits. Nothing
/// else in the process may call Graphviz directly.
public final class GraphvizEngine: @unchecked Sendable {
  /// The process-wide engine; its Graphviz context is created on first use.
  public static let shared = GraphvizEngine()

  /// Serialises every Graphviz call and guards `context` and the message buffer.
  private let lock = NSLock()
  /// The single Graphviz context, or the error that prevented creating it. Guarded by `lock`.
  private var context: Result<GraphvizContext, GraphvizError>?

  private init() {}

  /// Lays out `dot` once with the `dot` engine and renders it to each of `formats`.
  ///
  /// Repeated formats are rendered once. An empty `formats` list only lays the graph out, which
  /// still reports invalid DOT and collects warnings.
  /// - Returns: The bytes for each requested format and the warnings Graphviz emitted.
  /// - Throws: ``GraphvizError`` when a plugin is missing, the DOT is invalid, or layout or
  ///   rendering fails. A failed job leaves the engine ready for the next one.
  public func render(dot: String, formats: [GraphvizFormat]) throws(GraphvizError) -> Rendering {
    lock.lock()
    defer { lock.unlock() }
    return try openContext().render(dot: dot, formats: formats)
  }

  /// Reports Graphviz's version, plugins and whether the pinned font is installed.
  ///
  /// The font check runs `fc-list` (fontconfig's command-line tool) as a subprocess.
  public func capabilities() -> GraphvizCapabilities {
    let graphviz: (version: String?, layouts: [String], formats: [String]) = {
      lock.lock()
      defer { lock.unlock() }
      guard let context = try? openContext() else { return (nil, [], []) }
      return (context.version, context.layoutEngines, context.outputFormats)
    }()
    return GraphvizCapabilities(
      version: graphviz.version, layoutEngines: graphviz.layouts,
      outputFormats: graphviz.formats,
      isPinnedFontAvailable: FontProbe.isFamilyInstalled(GraphvizCapabilities.pinnedFontFamily))
  }

  /// Returns the context, creating it on first use. Call only while holding `lock`.
  private func openContext() throws(GraphvizError) -> GraphvizContext {
    if let context {
      return try context.get()
    }
    let created: Result<GraphvizContext, GraphvizError>
    do {
      created = .success(try GraphvizContext())
    } catch {
      created = .failure(error)
    }
    context = created
    return try created.get()
  }
}
