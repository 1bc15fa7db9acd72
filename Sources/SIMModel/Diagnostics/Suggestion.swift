/// Finds the closest known word to a misspelled one, for "did you mean" hints.
package enum Suggestion {
  /// The candidate closest to `word`, if one is close enough to be a likely typo, or else the
  /// shortest candidate `word` is a cut-off start of.
  ///
  /// Close enough means an edit distance of at most a third of the word's length (and at least 2).
  /// For many look-ups in the same candidates, build a `SuggestionIndex` once instead.
  package static func closest(to word: String, in candidates: some Sequence<String>) -> String? {
    SuggestionIndex(candidates).closest(to: word)
  }

  /// `; did you mean "x"?` for a close candidate, or an empty string.
  static func didYouMean(_ word: String, in candidates: some Sequence<String>) -> String {
    didYouMean(SuggestionIndex(candidates).closest(to: word))
  }

  /// `; did you mean "x"?` for a found candidate, or an empty string.
  package static func didYouMean(_ match: String?) -> String {
    match.map { "; did you mean \"\($0)\"?" } ?? ""
  }

  /// The Levenshtein distance between two strings, counted in characters.
  static func editDistance(_ lhs: String, _ rhs: String) -> Int {
    editDistance(Array(lhs.unicodeScalars), Array(rhs.unicodeScalars), limit: .max)
  }

  /// The Levenshtein distance between two scalar sequences, or a number above `limit` as soon as
  /// the distance is known to pass it.
  static func editDistance(_ left: [Unicode.Scalar], _ right: [Unicode.Scalar], limit: Int) -> Int {
    if left.isEmpty { return right.count }
    if right.isEmpty { return left.count }
    let width = right.count + 1
    var rows = [Int](repeating: 0, count: 2 * width)
    return rows.withUnsafeMutableBufferPointer { rows in
      for j in 0..<width { rows[j] = j }
      var previous = 0
      var current = width
      for i in 1...left.count {
        rows[current] = i
        var rowMinimum = i
        let scalar = left[i - 1]
        for j in 1..<width {
          var best = rows[previous + j - 1] + (scalar == right[j - 1] ? 0 : 1)
          let deletion = rows[previous + j] + 1
          if deletion < best { best = deletion }
          let insertion = rows[current + j - 1] + 1
          if insertion < best { best = insertion }
          rows[current + j] = best
          if best < rowMinimum { rowMinimum = best }
        }
        if rowMinimum > limit { return rowMinimum }
        swap(&previous, &current)
      }
      return rows[previous + width - 1]
    }
  }
}
