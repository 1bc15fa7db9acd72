import SIMModel

/// Reports rule ids in `analysis: disabled:` that name no rule; such an entry is ignored.
enum DisabledRuleCheck {
  static func run(_ loaded: LoadedMap) -> [Diagnostic] {
    let known = AllRules.ids
    let listPath = ModelPath.analysis.appending("disabled")
    return loaded.map.analysis.disabled.enumerated().compactMap { index, id in
      guard !known.contains(id) else { return nil }
      let path = listPath.appending(index: index)
      return Diagnostic(
        .unknownRule,
        "unknown analysis rule \"\(id)\" is ignored" + Suggestion.didYouMeanRule(id, in: known),
        at: loaded.sourceMap.location(of: path), path: path,
        hint: "rules: " + known.joined(separator: ", "))
    }
  }
}

extension Suggestion {
  /// `; did you mean "x"?` for a close rule id, or an empty string.
  static func didYouMeanRule(_ word: String, in candidates: [String]) -> String {
    closest(to: word, in: candidates).map { "; did you mean \"\($0)\"?" } ?? ""
  }
}
