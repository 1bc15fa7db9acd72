import SIMModel

/// Checks what a map says about the analysis against simmap's catalogs: every `practice:` id is
/// in the practice catalog, and every rule in `analysis: disabled:` exists.
///
/// `simmap validate` and `simmap analyze` run it after `MapCheck`, so a misspelled practice is
/// reported with its line and column and the closest id.
public struct AnalysisValidator: Sendable {
  /// The practices `practice:` ids must come from.
  public var catalog: PracticeCatalog

  /// Creates a validator.
  public init(catalog: PracticeCatalog = .standard) {
    self.catalog = catalog
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
