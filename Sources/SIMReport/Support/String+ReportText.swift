extension String {
  /// The text without the leading and trailing spaces and line breaks that YAML's folded
  /// scalars leave, so that reports do not show stray spaces.
  ///
  /// The same as Foundation's `trimmingCharacters(in: .whitespacesAndNewlines)` (the Unicode
  /// White_Space scalars and, in Foundation on Linux, U+200B ZERO WIDTH SPACE), in the standard
  /// library: Foundation's version bridges through NSString and was a sixth of a CSV report of
  /// a 3,000-resource map.
  var trimmed: String {
    let scalars = unicodeScalars
    func kept(_ scalar: Unicode.Scalar) -> Bool {
      !scalar.properties.isWhitespace && scalar != "\u{200B}"
    }
    guard let first = scalars.firstIndex(where: kept) else {
      return ""
    }
    let last = scalars.lastIndex(where: kept) ?? first
    if first == scalars.startIndex, scalars.index(after: last) == scalars.endIndex {
      return self
    }
    return String(scalars[first...last])
  }
}
