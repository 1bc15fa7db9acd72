/// Reports two items of one kind with the same id, with a note at the first.
///
/// Resource, gap and decision-point ids are unique across all intercepts, because priorities,
/// later versions of the map and comparisons find them by id alone.
enum DuplicateIDCheck {
  static func run(_ loaded: LoadedMap) -> [Diagnostic] {
    var first: [String: SourceMap.Mention] = [:]
    var diagnostics: [Diagnostic] = []
    for mention in loaded.sourceMap.definitions {
      let key = mention.kind + "\u{0}" + mention.id
      guard let earlier = first[key] else {
        first[key] = mention
        continue
      }
      diagnostics.append(
        Diagnostic(
          .duplicateID, "\(mention.kind) id \"\(mention.id)\" is already used",
          at: mention.location,
          path: mention.path, hint: "give each \(mention.kind) its own id",
          notes: [.init("\"\(mention.id)\" is first defined here", at: earlier.location)]))
    }
    return diagnostics
  }
}
