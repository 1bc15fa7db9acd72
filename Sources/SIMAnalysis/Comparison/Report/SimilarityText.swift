/// The similarity score as text lines: the score, the formula with its numbers, and a table of
/// the parts.
enum SimilarityText {
  /// The lines, starting with "Similarity: 62%".
  static func lines(_ similarity: Similarity) -> [String] {
    var lines = [
      "Similarity: \(similarity.percent)%",
      "  " + Similarity.formula,
      "    = " + similarity.worked,
      "  " + PlainTextWrap.pad("Part", 20) + PlainTextWrap.pad("Weight", 8)
        + PlainTextWrap.pad("Score", 10) + "Ours / theirs",
    ]
    for part in similarity.parts {
      let row =
        "  " + PlainTextWrap.pad(part.factor.label, 20)
        + PlainTextWrap.pad(Similarity.decimal(part.weight), 8)
        + PlainTextWrap.pad(ComparisonText.partScore(part), 10)
        + "\(part.ours) / \(part.theirs): \(part.detail)"
      lines.append(row)
    }
    return lines
  }
}
