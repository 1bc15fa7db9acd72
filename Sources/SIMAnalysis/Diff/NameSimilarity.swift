/// How alike two names or texts are, from 0 to 1, by the words they share.
///
/// Both texts are lowercased and split into words of letters and digits; little words ("the",
/// "of", "and", "for", "a", "an", "to", "in") are dropped. The score is the Dice coefficient:
/// twice the shared words ÷ the words of both. "Mobile Crisis Team" and "Mobile Crisis Response
/// Team" share 3 of 3 + 4 words: 2 × 3 ÷ 7 = 0.86.
enum NameSimilarity {
  private static let littleWords: Set<String> = ["the", "of", "and", "for", "a", "an", "to", "in"]

  /// The score of two texts; 1 for two texts with the same words, 0 when either has none.
  static func score(_ left: String, _ right: String) -> Double {
    let first = words(left)
    let second = words(right)
    guard !first.isEmpty, !second.isEmpty else { return 0 }
    return 2 * Double(first.intersection(second).count) / Double(first.count + second.count)
  }

  /// The words of a text, lowercased, little words left out.
  static func words(_ text: String) -> Set<String> {
    let pieces = text.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init)
    return Set(pieces.filter { !littleWords.contains($0) })
  }
}
