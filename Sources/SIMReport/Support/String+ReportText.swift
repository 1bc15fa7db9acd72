extension String {
  /// The text without the leading and trailing spaces and line breaks that YAML's folded
  /// scalars leave, so that reports do not show stray spaces.
  ///
  /// The same as Foundation's `trimmingCharacters(in: .whitespacesAndNewlines)` (the Unicode
  /// White_Space scalars), in the standard library: Foundation's version bridges through
  /// NSString and was a sixth of a CSV report of a 3,000-resource map.
  var trimmed: String {
    let scalars = unicodeScalars
    guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else {
      return ""
    }
    let last = scalars.lastIndex { !$0.properties.isWhitespace } ?? first
    if first == scalars.startIndex, scalars.index(after: last) == scalars.endIndex {
      return self
    }
    return String(scalars[first...last])
  }
}
