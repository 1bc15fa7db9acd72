/// Finds the closest known word to a misspelled one, for "did you mean" hints.
public enum Suggestion {
  /// The candidate closest to `word`, if one is close enough to be a likely typo.
  ///
  /// Close enough means an edit distance of at most a third of the word's length (and at least 2).
  public static func closest(to word: String, in candidates: some Sequence<String>) -> String? {
    let lowered = word.lowercased()
    let limit = max(2, lowered.count / 3)
    var best: (candidate: String, distance: Int)?
    for candidate in candidates where candidate != word {
      let distance = editDistance(lowered, candidate.lowercased())
      guard distance <= limit else { continue }
      if best == nil || distance < best?.distance ?? .max {
        best = (candidate, distance)
      }
    }
    return best?.candidate
  }

  /// ` (did you mean "x"?)` for a close candidate, or an empty string.
  static func didYouMean(_ word: String, in candidates: some Sequence<String>) -> String {
    guard let match = closest(to: word, in: candidates) else { return "" }
    return "; did you mean \"\(match)\"?"
  }

  /// The Levenshtein distance between two strings, counted in characters.
  static func editDistance(_ lhs: String, _ rhs: String) -> Int {
    let left = Array(lhs)
    let right = Array(rhs)
    if left.isEmpty { return right.count }
    if right.isEmpty { return left.count }
    var previous = Array(0...right.count)
    var current = [Int](repeating: 0, count: right.count + 1)
    for i in 1...left.count {
      current[0] = i
      for j in 1...right.count {
        let substitution = previous[j - 1] + (left[i - 1] == right[j - 1] ? 0 : 1)
        current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
      }
      swap(&previous, &current)
    }
    return previous[right.count]
  }
}
