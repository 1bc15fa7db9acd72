import SIMModel

/// Runs the analysis rules over a loaded map: gaps against the practice catalog, linkage
/// opportunities, information-sharing checks and follow-through.
///
/// The analyzer never prints; `simmap analyze` prints what it returns. Run it on a map that
/// validates without errors (see `MapChecker`).
package struct Analyzer: Sendable {
  /// The practices the map is compared with.
  package var catalog: PracticeCatalog
  /// What each legal basis allows.
  package var legalBases: LegalBasisCatalog

  /// Creates an analyzer with the given catalogs, by default the ones shipped with simmap.
  package init(
    catalog: PracticeCatalog = .standard, legalBases: LegalBasisCatalog = .standard
  ) {
    self.catalog = catalog
    self.legalBases = legalBases
  }

  /// Analyzes a map.
  ///
  /// - Parameters:
  ///   - loaded: The map and its source positions.
  ///   - asOf: The date agreements' review dates are checked against.
  /// - Returns: The findings of every rule the map does not switch off, sorted, with coverage
  ///   and the ranked linkage opportunities.
  package func analyze(_ loaded: LoadedMap, asOf: CalendarDate) -> Analysis {
    var context = AnalysisContext(
      loaded: loaded, catalog: catalog, legalBases: legalBases, asOf: asOf)
    let disabled = Set(loaded.map.analysis.disabled)
    if !disabled.contains(LinkageOpportunityRule.description.id) {
      context.linkage = LinkageFinder(context: context).ranked()
    }
    let rules = AllRules.rules.filter { !disabled.contains($0.description.id) }
    let findings = rules.flatMap { $0.findings(in: context) }.sorted()
    return Analysis(
      file: loaded.file, jurisdiction: loaded.map.jurisdiction.name,
      continuum: loaded.map.continuum, asOf: asOf, findings: findings,
      coverage: CoverageCounter(context: context).coverage(),
      opportunities: context.linkage.opportunities,
      opportunitiesLeftOut: context.linkage.leftOut,
      disabledRules: AllRules.ids.filter(disabled.contains).sorted())
  }
}
