/// Reads simmap's own advice, which marks commands and keys with backticks, as inline runs:
/// `run `simmap practices`` gives the text and a code run. The runs are escaped like any other.
enum CodeSpans {
  /// `text` split at backticks, the parts between them as code.
  static func runs(_ text: String) -> [Inline] {
    let parts = text.split(separator: "`", omittingEmptySubsequences: false).map(String.init)
    guard parts.count >= 3, parts.count % 2 == 1 else { return [.text(text)] }
    return parts.enumerated().compactMap { index, part in
      if index % 2 == 1 { return .code(part) }
      return part.isEmpty ? nil : .text(part)
    }
  }

  /// Like `runs(_:)`, with every run emphasized except the code.
  static func emphasized(_ text: String) -> [Inline] {
    runs(text).map { run in
      if case .text(let plain) = run { return .emphasis(plain) }
      return run
    }
  }
}
