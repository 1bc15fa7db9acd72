import SIMModel

/// Reports `practice:` ids on resources and gaps that are not in the practice catalog.
enum PracticeIDCheck {
  static func run(_ loaded: LoadedMap, catalog: PracticeCatalog) -> [Diagnostic] {
    var diagnostics: [Diagnostic] = []
    let suggestions = SuggestionIndex(catalog.ids + aliasIDs(catalog))
    for intercept in loaded.map.intercepts {
      let number = intercept.number
      for (index, resource) in intercept.resources.enumerated() {
        let path = loaded.sourceMap.path(ofElement: index, in: ModelPath.resources(number))
        diagnostics += check(resource.practice, at: path, in: loaded, catalog: catalog, suggestions)
      }
      for (index, gap) in intercept.gaps.enumerated() {
        let path = loaded.sourceMap.path(ofElement: index, in: ModelPath.gaps(number))
        diagnostics += check(gap.practice, at: path, in: loaded, catalog: catalog, suggestions)
      }
    }
    return diagnostics
  }

  private static func check(
    _ practice: String?, at item: FieldPath, in loaded: LoadedMap, catalog: PracticeCatalog,
    _ suggestions: SuggestionIndex
  ) -> [Diagnostic] {
    guard let practice, !practice.isEmpty, catalog.practice(id: practice) == nil else { return [] }
    let path = item.appending("practice")
    let suggestion =
      aliasTarget(practice, catalog)
      ?? suggestions.closest(to: practice)
      .flatMap { catalog.practice(id: $0)?.id ?? aliasTarget($0, catalog) }
    return [
      Diagnostic(
        .unknownPractice,
        "unknown practice \"\(practice)\""
          + (suggestion.map { "; did you mean \"\($0)\"?" } ?? ""),
        at: loaded.sourceMap.location(of: path), path: path,
        hint: "`simmap practices` lists the practice ids; leave practice: out if none fits")
    ]
  }

  /// Aliases written as ids ("housing first" as `housing-first`), so a map that uses another
  /// common name for a practice is pointed at its id.
  private static func aliasIDs(_ catalog: PracticeCatalog) -> [String] {
    catalog.practices.flatMap { $0.aliases.map(idForm) }
  }

  private static func aliasTarget(_ alias: String, _ catalog: PracticeCatalog) -> String? {
    catalog.practices.first { $0.aliases.map(idForm).contains(alias) }?.id
  }

  private static func idForm(_ text: String) -> String {
    text.lowercased().split { !$0.isLetter && !$0.isNumber }.joined(separator: "-")
  }
}
