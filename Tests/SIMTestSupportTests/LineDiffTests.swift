import SIMTestSupport
import Testing

@Suite("LineDiff")
struct LineDiffTests {
  private func lines(_ count: Int) -> [String] {
    (1...count).map { "line \($0)" }
  }

  @Test("one inserted line is one added line, not every line after it")
  func insertion() {
    let old = lines(50)
    var new = old
    new.insert("inserted", at: 10)
    let diff = LineDiff(old: old, new: new)
    #expect(
      diff.edits.filter { if case .added = $0 { true } else { false } } == [.added("inserted")])
    #expect(!diff.edits.contains { if case .removed = $0 { true } else { false } })
  }

  @Test("the unified diff of an insertion is one hunk with three lines of context")
  func unifiedInsertion() {
    let old = lines(20)
    var new = old
    new.insert("inserted", at: 10)
    let text = LineDiff(old: old, new: new).unified(expectedName: "a", actualName: "b")
    #expect(
      text == """
        --- a
        +++ b
        @@ -8,6 +8,7 @@
         line 8
         line 9
         line 10
        +inserted
         line 11
         line 12
         line 13
        """)
  }

  @Test("changes far apart make separate hunks; a replaced line is removed then added")
  func separateHunks() {
    let old = lines(30)
    var new = old
    new[2] = "changed 3"
    new[25] = "changed 26"
    let text = LineDiff(old: old, new: new).unified()
    #expect(text.components(separatedBy: "\n").filter { $0.hasPrefix("@@") }.count == 2)
    #expect(text.contains("-line 3\n+changed 3"))
    #expect(text.contains("@@ -23,7 +23,7 @@"))
  }

  @Test("identical texts have no changes and an empty diff")
  func identical() {
    let diff = LineDiff(expected: "a\nb\n", actual: "a\nb\n")
    #expect(!diff.hasChanges)
    #expect(diff.unified().isEmpty)
  }

  @Test("the edit script rebuilds both texts and is as short as possible", arguments: 0..<40)
  func shortestScript(seed: UInt64) {
    var random = SeededRandom(seed: seed)
    let alphabet = ["a", "b", "c", "d"]
    let old = (0..<Int.random(in: 0...12, using: &random)).map { _ in
      alphabet.randomElement(using: &random) ?? "a"
    }
    let new = (0..<Int.random(in: 0...12, using: &random)).map { _ in
      alphabet.randomElement(using: &random) ?? "a"
    }
    let edits = LineDiff(old: old, new: new).edits
    let rebuiltOld = edits.compactMap { edit -> String? in
      switch edit {
      case .same(let line), .removed(let line): line
      case .added: nil
      }
    }
    let rebuiltNew = edits.compactMap { edit -> String? in
      switch edit {
      case .same(let line), .added(let line): line
      case .removed: nil
      }
    }
    #expect(rebuiltOld == old)
    #expect(rebuiltNew == new)
    let kept = edits.filter { if case .same = $0 { true } else { false } }.count
    #expect(kept == Self.longestCommonSubsequence(old, new), "\(old) → \(new)")
  }

  /// The textbook dynamic-programming LCS length, to check Myers against.
  static func longestCommonSubsequence(_ a: [String], _ b: [String]) -> Int {
    var table = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
    for i in stride(from: a.count - 1, through: 0, by: -1) {
      for j in stride(from: b.count - 1, through: 0, by: -1) {
        table[i][j] =
          a[i] == b[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
      }
    }
    return table[0][0]
  }
}

/// A small deterministic generator (SplitMix64), so the random cases are the same every run.
struct SeededRandom: RandomNumberGenerator {
  var state: UInt64

  init(seed: UInt64) { state = seed &+ 0x9E37_79B9_7F4A_7C15 }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
