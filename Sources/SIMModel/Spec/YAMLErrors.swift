import Yams

/// Turns a YAML reader error into a positioned diagnostic, deciding what went wrong from the
/// text at the error's mark rather than from libyaml's English wording.
///
/// A tab in the indentation of the line at the mark, a second document marker before the mark,
/// and a quote the text never closes are each found in the text. libyaml's own message is kept
/// as the message of the remaining syntax errors, since it is the only description there is of
/// them; the hints come from the character at the mark.
struct YAMLErrors {
  /// The text's lines, counted as libyaml counts them.
  var lines: SourceLines
  /// The file, for locations.
  var file: String
  /// Where a quote opens that the text never closes (see `KeyScanner`).
  var unclosedQuote: (line: Int, column: Int)?

  func diagnostic(for error: YamlError) -> Diagnostic {
    switch error {
    case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
      .composer(_, let problem, let mark, _):
      return syntaxError(problem, at: mark)
    case .duplicatedKeysInMapping(let duplicates, let context):
      let keys = duplicates.map { "\"\($0)\"" }.joined(separator: ", ")
      let first = location(context.mark.line, context.mark.column)
      let second = duplicates.first.flatMap { repeatedKey($0, after: first) }
      return Diagnostic(
        .duplicateKey, "the key \(keys) appears twice in one mapping", at: second ?? first,
        hint: "keep one of them; YAML keeps no duplicate keys",
        notes: second == nil ? [] : [.init("first given here", at: first)])
    case .reader(let problem, let offset, _, _):
      let position = lines.location(ofUTF8Offset: offset ?? 0)
      return Diagnostic(
        .notUTF8, "the text cannot be read: \(problem)",
        at: location(position.line, position.column))
    default:
      return Diagnostic(.yamlSyntax, "the YAML cannot be read", at: location(1, 1))
    }
  }

  private func location(_ line: Int, _ column: Int) -> SourceLocation {
    SourceLocation(file: file, line: line, column: column)
  }

  private func syntaxError(_ problem: String, at mark: Mark) -> Diagnostic {
    if hasTabInIndentation(line: mark.line) {
      return Diagnostic(
        .tabIndentation, "a tab is used for indentation; YAML allows only spaces",
        at: location(mark.line, mark.column),
        hint: "replace the tab with spaces (two per level is usual)")
    }
    if let second = secondDocumentLine(), second <= mark.line {
      return Diagnostic(
        .multipleDocuments, "the file holds more than one YAML document (a second ---)",
        at: location(second, 1), hint: "keep one map per file")
    }
    if let quote = unclosedQuote, quote.line <= mark.line {
      return Diagnostic(
        .yamlSyntax, "YAML syntax error: a quote opened on this line is never closed",
        at: location(quote.line, quote.column),
        hint: "add the closing quote, or remove the opening one")
    }
    return Diagnostic(
      .yamlSyntax, "YAML syntax error: \(problem)", at: location(mark.line, mark.column),
      hint: hint(at: mark))
  }

  /// The hint for a syntax error, from the character at its mark.
  private func hint(at mark: Mark) -> String? {
    let text = lines.scalars(ofLine: mark.line)
    let index = mark.column - 1
    guard text.indices.contains(index) else { return nil }
    switch text[index] {
    case ":": return "a value that contains \": \" needs quotes, or a key is indented wrongly"
    case "%", "@", "`":
      return "a value that starts with %, @, ` or another special character needs quotes around it"
    case "*": return "an alias (*name) needs an anchor (&name) earlier in the file"
    default:
      let indent = text.prefix { $0 == " " }.count
      return index == indent
        ? "check the indentation of this line against the lines above it" : nil
    }
  }

  /// Whether the leading whitespace of a line holds a tab.
  private func hasTabInIndentation(line: Int) -> Bool {
    lines.scalars(ofLine: line).prefix { $0 == " " || $0 == "\t" }.contains("\t")
  }

  /// The line of the first document marker that starts a second document: a `---` after
  /// content or after another `---`, or content after a `...`.
  private func secondDocumentLine() -> Int? {
    var started = false
    var ended = false
    for number in 1...lines.count {
      let text = lines.scalars(ofLine: number)
      let isMarker = KeyScanner.isDocumentMarker(text)
      if isMarker && text[0] == "." {
        ended = started
        continue
      }
      let content = text.drop { $0 == " " || $0 == "\t" }
      let hasContent = !content.isEmpty && content.first != "#" && text.first != "%"
      if isMarker || hasContent {
        if ended || (isMarker && started) { return number }
        started = true
      }
    }
    return nil
  }

  /// The place where `key` is written again in the mapping that starts at `first`, found by
  /// looking for the same key at the same column further down.
  private func repeatedKey(_ key: String, after first: SourceLocation) -> SourceLocation? {
    guard first.line < lines.count else { return nil }
    let start = first.column - 1
    for number in (first.line + 1)...lines.count {
      let text = lines.scalars(ofLine: number)
      guard start < text.count else { continue }
      let rest = String(String.UnicodeScalarView(text[start...]))
      if rest.hasPrefix(key + ":") || rest.hasPrefix("\"\(key)\":") {
        return location(number, first.column)
      }
    }
    return nil
  }
}
