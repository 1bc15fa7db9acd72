import Yams

/// Reads map files into `Map` values, reporting every problem it finds instead of stopping at
/// the first.
///
/// The loader never prints. It checks, in order: the file (exists, size, text encoding), the
/// YAML (syntax, nesting, alias expansion), the format version, and then the shape of every
/// key. Meaning across items (ids, references) is checked by `MeaningChecks`; `MapChecker` (SIMAnalysis) runs them all.
package struct MapLoader: Sendable {
  /// The limits applied to every file.
  package var options: LoadOptions

  /// Creates a loader with the given limits.
  package init(options: LoadOptions = LoadOptions()) {
    self.options = options
  }

  /// Reads and decodes the map file at `path`.
  package func load(path: String) -> LoadResult {
    switch InputText.read(path: path, options: options) {
    case .failure(let diagnostic):
      return LoadResult(loaded: nil, diagnostics: [diagnostic])
    case .success(let text):
      var result = load(text: text, file: path)
      result.text = text
      return result
    }
  }

  /// Decodes map text; `file` names it in diagnostics.
  package func load(text: String, file: String) -> LoadResult {
    if text.utf8.count > options.maximumFileSize {
      let diagnostic = Diagnostic(
        .fileTooLarge, "the map text is larger than the \(options.maximumFileSize)-byte limit",
        at: SourceLocation(file: file, line: 1, column: 1))
      return LoadResult(loaded: nil, diagnostics: [diagnostic])
    }
    let root: Node
    switch YAMLDocument.parse(text, file: file, options: options) {
    case .failure(let diagnostic): return LoadResult(loaded: nil, diagnostics: [diagnostic])
    case .success(let node): root = node
    }
    let context = ReadContext(file: file)
    let rootNode = MapNode(root, path: .root, context: context)
    guard case .mapping(let mapping) = root else {
      let diagnostic = Diagnostic(
        .wrongType,
        "a map file must be a mapping of keys such as simmap:, jurisdiction: and agencies:",
        at: rootNode.location, hint: "run `simmap init` to see the layout of a map")
      return LoadResult(loaded: nil, diagnostics: [diagnostic])
    }
    if let problem = versionProblem(mapping, context: context, root: rootNode) {
      return LoadResult(loaded: nil, diagnostics: [problem])
    }
    let reader = ObjectReader(mapping, node: rootNode, shape: Map.shape)
    let map = Map(reading: reader)
    let loaded = LoadedMap(map: map, sourceMap: context.sourceMap)
    return LoadResult(loaded: loaded, diagnostics: context.diagnostics.sorted())
  }

  /// Checks `simmap:` before anything else, so a file from a newer release gets one clear error.
  private func versionProblem(_ mapping: Node.Mapping, context: ReadContext, root: MapNode)
    -> Diagnostic?
  {
    guard let value = mapping["simmap"] else {
      return Diagnostic(
        .missingVersion, "the map does not say its format version", at: root.location,
        hint: "add `simmap: \(Map.formatVersion)` as the first line")
    }
    let node = MapNode(value, path: FieldPath.root.appending("simmap"), context: context)
    guard case .scalar(let scalar) = value, let version = Int(scalar.string),
      version == Map.formatVersion
    else {
      return Diagnostic(
        .unsupportedVersion,
        "map format version \(node.kindDescription) is not supported; this simmap reads version \(Map.formatVersion)",
        at: node.location, path: node.path,
        hint: "a newer simmap may read it; otherwise set `simmap: \(Map.formatVersion)`")
    }
    return nil
  }
}

/// What loading a map produced: the map, if it could be read, and every problem found.
package struct LoadResult: Sendable {
  /// The map and its positions; nil when the file could not be read as a map at all.
  package var loaded: LoadedMap?
  /// The problems found, sorted by position.
  package var diagnostics: [Diagnostic]
  /// The file's text when it could be read as text, for showing the lines problems point at.
  package var text: String?

  /// Creates a result.
  package init(loaded: LoadedMap?, diagnostics: [Diagnostic], text: String? = nil) {
    self.loaded = loaded
    self.diagnostics = diagnostics
    self.text = text
  }
}
