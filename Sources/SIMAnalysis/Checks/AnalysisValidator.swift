import SIMModel

/// Checks what a map says about the analysis against simmap's catalogs: every `practice:` id is
/// in the practice catalog, and every rule in `analysis: disabled:` exists.
///
/// `simmap validate` and `simmap analyze` run it after `MapCheck`, so a misspelled practice is
/// reported with its line and column and the closest id.
public struct AnalysisValidator: Sendable {
  private let chosenCatalog: PracticeCatalog?

  /// The practices `practice:` ids must come from.
  ///
  /// The shipped catalog is read only when a map gets this far, so a file that cannot be read
  /// at all is reported without parsing the catalog first.
  public var catalog: PracticeCatalog { chosenCatalog ?? .standard }

  /// Creates a validator; without a catalog, it uses the one shipped with simmap.
  public init(catalog: PracticeCatalog? = nil) {
    self.chosenCatalog = catalog
  }

  /// The problems, sorted by position.
  public func validate(_ loaded: LoadedMap) -> [Diagnostic] {
    (PracticeIDCheck.run(loaded, catalog: catalog) + DisabledRuleCheck.run(loaded)).sorted()
  }

  /// Loads and validates the map file at `path` with `MapCheck`, then runs this validator when
  /// the map could be read: everything `simmap validate` reports.
  public func check(path: String, options: LoadOptions = LoadOptions()) -> LoadResult {
    adding(to: MapCheck.run(path: path, options: options))
  }

  /// Loads and validates map text, as `check(path:options:)` does for a file.
  public func check(text: String, file: String, options: LoadOptions = LoadOptions())
    -> LoadResult
  {
    adding(to: MapCheck.run(text: text, file: file, options: options))
  }

  private func adding(to result: LoadResult) -> LoadResult {
    guard let loaded = result.loaded else { return result }
    var result = result
    result.diagnostics = (result.diagnostics + validate(loaded)).sorted()
    return result
  }
}
