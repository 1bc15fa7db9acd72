/// Reports two priorities with the same rank.
enum PriorityRankCheck {
  static func run(_ loaded: LoadedMap) -> [Diagnostic] {
    var first: [Int: (id: Priority.ID, location: SourceLocation?)] = [:]
    var diagnostics: [Diagnostic] = []
    for (index, priority) in loaded.map.priorities.enumerated() where priority.rank > 0 {
      let path = loaded.sourceMap.path(ofElement: index, in: ModelPath.priorities)
        .appending("rank")
      let location = loaded.sourceMap.location(of: path)
      guard let earlier = first[priority.rank] else {
        first[priority.rank] = (priority.id, location)
        continue
      }
      diagnostics.append(
        Diagnostic(
          .duplicateRank,
          "priority \"\(priority.id)\" has rank \(priority.rank), like priority \"\(earlier.id)\"",
          at: location, path: path, hint: "ranks run 1, 2, 3 … with no two alike",
          notes: [.init("rank \(priority.rank) is first given here", at: earlier.location)]))
    }
    return diagnostics
  }
}
