/// Finds, in one pass over YAML text before the parser sees it, a mapping key that is not a plain
/// name, and a quote that is never closed.
///
/// The YAML composer hashes every key to find duplicates. An alias used as a key (`*a: x`), or a
/// bracketed list that holds one (`[*a]: x`), is hashed with everything it expands to, so half a
/// kilobyte of anchors makes it hash a billion nodes before any size limit can run. A map's keys
/// are always plain names, so the scanner refuses aliases, `?` complex keys and flow collections
/// in key position outright.
///
/// The scanner follows the YAML token rules that decide where a key can start: the start of a
/// block line (after `- ` indicators), the start of a flow collection and each `,` in one. It
/// skips quoted scalars (across lines), comments, block scalars (`|`, `>`) and the continuation
/// lines of plain scalars, so text inside values is never taken for a key.
struct KeyScanner {
  /// How a key fails to be a plain name.
  enum KeyKind {
    case alias, explicit, collection
  }

  /// The first key that is not a plain name, with its 1-based position.
  private(set) var complexKey: (kind: KeyKind, line: Int, column: Int)?
  /// Where a quote opens that the text never closes.
  private(set) var unclosedQuote: (line: Int, column: Int)?

  /// The open flow collections: whether each opened in key position, and where.
  private var flow: [(isKey: Bool, line: Int, column: Int)] = []
  /// The quote that is open at the end of the current line, and where it opened.
  private var quote: (mark: Unicode.Scalar, line: Int, column: Int)?
  /// The indentation a block scalar's lines must exceed; nil outside one.
  private var blockScalarBase: Int?
  /// The indentation a plain scalar's continuation lines must exceed; nil when none can follow.
  private var continuationBase: Int?
  /// Whether the next token starts a node, and whether that node is in key position.
  private var expectsNode = true
  private var isKeyPosition = true
  /// The column (0-based) of the node the current line's block collection belongs to.
  private var nodeColumn = 0
  /// Whether the last token was an anchor or a tag, which belongs to the node that follows.
  private var afterProperty = false

  /// Scans `lines`, stopping at the first complex key.
  init(_ lines: SourceLines) {
    for number in 1...lines.count {
      scan(lines.scalars(ofLine: number), line: number)
      if complexKey != nil { return }
    }
    if let quote { unclosedQuote = (quote.line, quote.column) }
  }

  private mutating func scan(_ text: [Unicode.Scalar], line: Int) {
    let indent = text.prefix { $0 == " " || $0 == "\t" }.count
    let isBlank = indent == text.count
    var index = 0
    if let open = quote {
      guard let end = Self.closingQuote(open.mark, in: text, from: 0) else { return }
      quote = nil
      index = end + 1
      expectsNode = false
    } else if flow.isEmpty {
      if let base = blockScalarBase {
        if isBlank || indent > base { return }
        blockScalarBase = nil
      }
      if let base = continuationBase {
        if isBlank || text[indent] == "#" || indent > base { return }
        continuationBase = nil
      }
      if isBlank || text[0] == "%" { return }
      index = indent
      expectsNode = true
      isKeyPosition = true
      afterProperty = false
      nodeColumn = indent
      if indent == 0, Self.isDocumentMarker(text) { index = 3 }
    }
    scanTokens(text, from: index, line: line)
  }

  private mutating func scanTokens(_ text: [Unicode.Scalar], from start: Int, line: Int) {
    var index = start
    while index < text.count, complexKey == nil {
      let scalar = text[index]
      let blankAfter = index + 1 == text.count || Self.isBlank(text[index + 1])
      if Self.isBlank(scalar) {
        index += 1
        continue
      }
      if scalar == "#" && (index == 0 || Self.isBlank(text[index - 1])) { return }
      if expectsNode {
        if flow.isEmpty && scalar == "-" && blankAfter {
          nodeColumn = index
          isKeyPosition = true
          index += 1
          continue
        }
        if scalar == "?" && blankAfter {
          if isKeyPosition { complexKey = (.explicit, line, index + 1) }
          return
        }
        if flow.isEmpty && (scalar == "|" || scalar == ">") {
          blockScalarBase = nodeColumn
          return
        }
        if flow.isEmpty && isKeyPosition && !afterProperty { nodeColumn = index }
        afterProperty = scalar == "&" || scalar == "!"
        switch scalar {
        case "&", "!":
          while index < text.count, !Self.isBlank(text[index]), !Self.isFlowIndicator(text[index]) {
            index += 1
          }
          continue
        case "*":
          let column = index + 1
          index += 1
          while index < text.count, !Self.isBlank(text[index]), text[index] != ":",
            !Self.isFlowIndicator(text[index])
          {
            index += 1
          }
          if isKeyPosition && startsValue(text, at: index) {
            complexKey = (.alias, line, column)
            return
          }
          expectsNode = false
          continue
        case "\"", "'":
          guard let end = Self.closingQuote(scalar, in: text, from: index + 1) else {
            quote = (scalar, line, index + 1)
            return
          }
          index = end + 1
          expectsNode = false
          continue
        case "[", "{":
          flow.append((isKeyPosition, line, index + 1))
          isKeyPosition = true
          index += 1
          continue
        default:
          if scalar != ":" && !(scalar == "," && !flow.isEmpty) && !Self.isClosing(scalar) {
            index = plainEnd(text, from: index)
            expectsNode = false
            if index == text.count && flow.isEmpty { continuationBase = nodeColumn }
            continue
          }
        }
      }
      if scalar == ":" && (!flow.isEmpty || blankAfter) {
        expectsNode = true
        isKeyPosition = false
      } else if scalar == "," && !flow.isEmpty {
        expectsNode = true
        isKeyPosition = true
      } else if Self.isClosing(scalar), let opened = flow.popLast() {
        if opened.isKey && startsValue(text, at: index + 1) {
          complexKey = (.collection, opened.line, opened.column)
          return
        }
        expectsNode = false
      }
      index += 1
    }
  }

  /// Whether a value indicator (`:`) follows `index`, after blanks on the same line.
  private func startsValue(_ text: [Unicode.Scalar], at index: Int) -> Bool {
    var index = index
    while index < text.count, Self.isBlank(text[index]) { index += 1 }
    guard index < text.count, text[index] == ":" else { return false }
    return !flow.isEmpty || index + 1 == text.count || Self.isBlank(text[index + 1])
  }

  /// Where a plain scalar starting at `start` ends: at a value indicator, a comment, the end of
  /// the line, or (in a flow collection) a flow indicator.
  private func plainEnd(_ text: [Unicode.Scalar], from start: Int) -> Int {
    var index = start
    while index < text.count {
      let scalar = text[index]
      let after = index + 1 < text.count ? text[index + 1] : " "
      if scalar == ":" && (Self.isBlank(after) || (!flow.isEmpty && Self.isFlowIndicator(after))) {
        break
      }
      if scalar == "#" && index > start && Self.isBlank(text[index - 1]) { break }
      if !flow.isEmpty && Self.isFlowIndicator(scalar) { break }
      index += 1
    }
    return index
  }

  /// The index of the quote that closes a scalar opened with `mark`, searching from `start`.
  private static func closingQuote(
    _ mark: Unicode.Scalar, in text: [Unicode.Scalar], from start: Int
  ) -> Int? {
    var index = start
    while index < text.count {
      if mark == "\"" && text[index] == "\\" {
        index += 2
        continue
      }
      if text[index] == mark {
        if mark == "'" && index + 1 < text.count && text[index + 1] == "'" {
          index += 2
          continue
        }
        return index
      }
      index += 1
    }
    return nil
  }

  /// `---` or `...` at the start of a line, followed by a blank or the end of the line.
  static func isDocumentMarker(_ text: [Unicode.Scalar]) -> Bool {
    guard text.count >= 3, text[0] == text[1], text[1] == text[2],
      text[0] == "-" || text[0] == "."
    else { return false }
    return text.count == 3 || isBlank(text[3])
  }

  private static func isBlank(_ scalar: Unicode.Scalar) -> Bool { scalar == " " || scalar == "\t" }

  private static func isClosing(_ scalar: Unicode.Scalar) -> Bool { scalar == "]" || scalar == "}" }

  private static func isFlowIndicator(_ scalar: Unicode.Scalar) -> Bool {
    scalar == "," || scalar == "[" || scalar == "]" || scalar == "{" || scalar == "}"
  }
}
