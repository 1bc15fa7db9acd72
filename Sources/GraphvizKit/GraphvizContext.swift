import CGraphviz
import Foundation

/// The process's single Graphviz context (`GVC_t`) and what its plugin registry offers.
///
/// Created once by ``GraphvizEngine`` under its lock and kept for the life of the process, as
/// the Graphviz library guide recommends; it is never freed. Not thread-safe: use it only while
/// holding the engine lock.
final class GraphvizContext {
  /// The only layout engine simmap uses.
  static let layoutEngine = "dot"

  /// The `GVC_t *` from `gvContext()`.
  let gvc: OpaquePointer
  /// The cgraph discipline every graph is parsed with.
  let discipline: UnsafeMutablePointer<Agdisc_t>
  /// The version string from `gvcVersion`.
  let version: String
  /// Registered layout engines, sorted.
  let layoutEngines: [String]
  /// Registered output devices (formats), sorted.
  let outputFormats: [String]
  /// Messages Graphviz emitted while the context was created, kept for error reports.
  let startupMessages: [String]

  /// Installs message capture, creates the context and reads its plugin registry.
  init() throws(GraphvizError) {
    MessageCapture.install()
    MessageCapture.begin()
    guard let gvc = gvContext() else {
      _ = MessageCapture.end()
      throw .contextUnavailable
    }
    self.gvc = gvc
    discipline = SequentialIDDiscipline.make()
    version = gvcVersion(gvc).map { String(cString: $0) } ?? "unknown"
    layoutEngines = Self.plugins(of: "layout", in: gvc)
    outputFormats = Self.plugins(of: "device", in: gvc)
    startupMessages = MessageCapture.end()
  }

  /// Throws unless the `dot` layout and every format in `formats` are registered.
  func preflight(_ formats: [GraphvizFormat]) throws(GraphvizError) {
    guard layoutEngines.contains(Self.layoutEngine) else {
      throw .layoutUnavailable(
        engine: Self.layoutEngine, available: layoutEngines, messages: startupMessages)
    }
    for format in formats where !outputFormats.contains(format.rawValue) {
      throw .formatUnavailable(format: format, available: outputFormats, messages: startupMessages)
    }
  }

  /// The plugin type names of one API kind (`"layout"`, `"device"`, `"render"`), sorted.
  private static func plugins(of kind: String, in gvc: OpaquePointer) -> [String] {
    var count: Int32 = 0
    guard let list = gvPluginList(gvc, kind, &count, nil) else {
      return []
    }
    defer { free(list) }
    var names: Set<String> = []
    for index in 0..<Int(count) {
      guard let name = list[index] else { continue }
      names.insert(String(cString: name))
      free(name)
    }
    return names.sorted()
  }
}
