extension LineDiff {
  /// The diff in unified format, as `diff -u` and `git diff` print it: `@@ -l,s +l,s @@`
  /// hunks with `context` unchanged lines around each change, `-` for expected lines and `+`
  /// for actual ones; at most `limit` lines, then how many more.
  package func unified(
    expectedName: String = "expected", actualName: String = "actual", context: Int = 3,
    limit: Int = 200
  ) -> String {
    guard hasChanges else { return "" }
    var lines = ["--- \(expectedName)", "+++ \(actualName)"]
    for hunk in hunks(context: context) {
      lines.append(hunk.header)
      lines += hunk.lines
    }
    guard lines.count > limit else { return lines.joined(separator: "\n") }
    return (lines.prefix(limit) + ["… \(lines.count - limit) more lines"]).joined(separator: "\n")
  }

  struct Hunk {
    var header: String
    var lines: [String]
  }

  /// The changes grouped with their context; changes closer than twice the context share a
  /// hunk.
  func hunks(context: Int) -> [Hunk] {
    let changed = edits.indices.filter { if case .same = edits[$0] { false } else { true } }
    guard let first = changed.first else { return [] }
    var ranges: [ClosedRange<Int>] = []
    var start = first
    var end = first
    for index in changed.dropFirst() {
      if index - end > 2 * context {
        ranges.append(start...end)
        start = index
      }
      end = index
    }
    ranges.append(start...end)
    return ranges.map { range in
      hunk(max(0, range.lowerBound - context)...min(edits.count - 1, range.upperBound + context))
    }
  }

  private func hunk(_ range: ClosedRange<Int>) -> Hunk {
    var oldBefore = 0
    var newBefore = 0
    for edit in edits[..<range.lowerBound] {
      switch edit {
      case .same:
        oldBefore += 1
        newBefore += 1
      case .removed: oldBefore += 1
      case .added: newBefore += 1
      }
    }
    var oldCount = 0
    var newCount = 0
    var lines: [String] = []
    for edit in edits[range] {
      switch edit {
      case .same(let line):
        oldCount += 1
        newCount += 1
        lines.append(" " + line)
      case .removed(let line):
        oldCount += 1
        lines.append("-" + line)
      case .added(let line):
        newCount += 1
        lines.append("+" + line)
      }
    }
    let old = "\(oldCount == 0 ? oldBefore : oldBefore + 1),\(oldCount)"
    let new = "\(newCount == 0 ? newBefore : newBefore + 1),\(newCount)"
    return Hunk(header: "@@ -\(old) +\(new) @@", lines: lines)
  }
}
