import SIMModel

/// Checks a map the one way simmap checks maps: what `simmap validate` reports, and what every
/// other command, the fuzz target and the tests check before they use a map.
///
/// In order: the file (exists, size, encoding), the YAML, the shape of every key (`MapLoader`),
/// the meaning across items (ids, references, exchanges), and the catalogs (`practice:` ids,
/// rule ids in `analysis: disabled:`). The practice catalog is parsed only for a map that names
/// a practice, so a file that cannot be read, or a map without `practice:` ids, never costs
/// the catalog.
package struct MapChecker: Sendable {
  private let catalog: @Sendable () -> PracticeCatalog
  /// The limits applied to every file.
  package var options: LoadOptions

  /// Creates a checker; without a catalog, `practice:` ids are checked against the one shipped
  /// with simmap.
  package init(catalog: PracticeCatalog? = nil, options: LoadOptions = LoadOptions()) {
    self.init(options: options) { catalog ?? .standard }
  }

  /// Creates a checker that asks `catalog` for the practice catalog only when a map names a
  /// practice.
  package init(
    options: LoadOptions = LoadOptions(), catalog: @escaping @Sendable () -> PracticeCatalog
  ) {
    self.catalog = catalog
    self.options = options
  }

  /// Every problem in the map file at `path`, sorted, with the map when it could be read and the
  /// file's text when it is text.
  package func check(path: String) -> LoadResult {
    adding(to: MapLoader(options: options).load(path: path))
  }

  /// Every problem in map text, sorted, with the map when it could be read; `file` names the
  /// text in diagnostics.
  package func check(text: String, file: String) -> LoadResult {
    var result = adding(to: MapLoader(options: options).load(text: text, file: file))
    result.text = text
    return result
  }

  private func adding(to result: LoadResult) -> LoadResult {
    guard let loaded = result.loaded else { return result }
    var result = result
    result.diagnostics = (result.diagnostics + checkMeaning(of: loaded)).sorted()
    return result
  }

  /// The problems of a map that loaded: its meaning across items and its catalog ids.
  package func checkMeaning(of loaded: LoadedMap) -> [Diagnostic] {
    var diagnostics = MeaningChecks.run(loaded) + DisabledRuleCheck.run(loaded)
    if Self.namesPractices(loaded.map) {
      diagnostics += PracticeIDCheck.run(loaded, catalog: catalog())
    }
    return diagnostics
  }

  /// Whether any resource or gap of the map names a practice.
  static func namesPractices(_ map: Map) -> Bool {
    map.intercepts.contains { intercept in
      intercept.resources.contains { !($0.practice ?? "").isEmpty }
        || intercept.gaps.contains { !($0.practice ?? "").isEmpty }
    }
  }
}
