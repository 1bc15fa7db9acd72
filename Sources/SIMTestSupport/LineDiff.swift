/// A line diff between two texts, computed with Myers' O((N+M)·D) algorithm, so an inserted
/// line shows as one added line and not as every line after it changed.
package struct LineDiff: Sendable {
  /// One line of the edit script.
  package enum Edit: Hashable, Sendable {
    /// In both texts.
    case same(String)
    /// Only in the old (expected) text.
    case removed(String)
    /// Only in the new (actual) text.
    case added(String)
  }

  /// The shortest edit script turning the old lines into the new ones, in order.
  package let edits: [Edit]

  /// Diffs two texts line by line (split on "\n").
  package init(expected: String, actual: String) {
    self.init(
      old: expected.split(separator: "\n", omittingEmptySubsequences: false).map(String.init),
      new: actual.split(separator: "\n", omittingEmptySubsequences: false).map(String.init))
  }

  /// Diffs two lists of lines.
  package init(old: [String], new: [String]) {
    // Common lines at both ends cost nothing; Myers runs on what is left between them.
    var prefix = 0
    while prefix < old.count, prefix < new.count, old[prefix] == new[prefix] { prefix += 1 }
    var suffix = 0
    while suffix < old.count - prefix, suffix < new.count - prefix,
      old[old.count - 1 - suffix] == new[new.count - 1 - suffix]
    {
      suffix += 1
    }
    let middle = Self.myers(
      Array(old[prefix..<(old.count - suffix)]), Array(new[prefix..<(new.count - suffix)]))
    edits =
      old[..<prefix].map(Edit.same) + middle + old[(old.count - suffix)...].map(Edit.same)
  }

  /// Whether the texts differ.
  package var hasChanges: Bool {
    edits.contains { if case .same = $0 { false } else { true } }
  }

  /// Myers' greedy shortest edit script, keeping for each step only the diagonals it reached.
  private static func myers(_ a: [String], _ b: [String]) -> [Edit] {
    let n = a.count
    let m = b.count
    if n == 0 { return b.map(Edit.added) }
    if m == 0 { return a.map(Edit.removed) }
    // frontier[d] holds, for k in -(d+1)...(d+1) at index k + d + 1, the furthest x reached on
    // diagonal k after d - 1 edits: what step d starts from.
    var frontier: [[Int]] = []
    var furthest = [0, 0, 0]  // k = -1, 0, 1 before step 0
    search: for d in 0...(n + m) {
      frontier.append(furthest)
      var next = [Int](repeating: 0, count: 2 * d + 5)
      for k in stride(from: -d, through: d, by: 2) {
        let down = k == -d || (k != d && furthest[k - 1 + d + 1] < furthest[k + 1 + d + 1])
        var x = down ? furthest[k + 1 + d + 1] : furthest[k - 1 + d + 1] + 1
        var y = x - k
        while x < n, y < m, a[x] == b[y] {
          x += 1
          y += 1
        }
        next[k + d + 2] = x
        if x >= n, y >= m { break search }
      }
      furthest = next
    }
    var edits: [Edit] = []
    var x = n
    var y = m
    for d in stride(from: frontier.count - 1, through: 0, by: -1) {
      let start = frontier[d]
      let k = x - y
      let down = k == -d || (k != d && start[k - 1 + d + 1] < start[k + 1 + d + 1])
      let previousK = down ? k + 1 : k - 1
      let previousX = start[previousK + d + 1]
      let previousY = previousX - previousK
      while x > previousX, y > previousY {
        edits.append(.same(a[x - 1]))
        x -= 1
        y -= 1
      }
      if d > 0 {
        if down { edits.append(.added(b[y - 1])) } else { edits.append(.removed(a[x - 1])) }
      }
      x = previousX
      y = previousY
    }
    return edits.reversed()
  }
}
