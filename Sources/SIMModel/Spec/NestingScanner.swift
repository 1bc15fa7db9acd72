/// Estimates how deeply a YAML text nests, before the parser sees it.
///
/// The YAML parser and composer recurse once per level, so a file of ten thousand `[` or
/// `- - - …` could exhaust the stack. The scanner walks the text once, counting open flow
/// brackets, block indentation levels and compact `- ` and `? ` indicators, and reports the first
/// line where the estimate passes the limit. It over-counts a little (a block scalar's lines
/// count as a level) and never under-counts, which is what a guard needs.
enum NestingScanner {
  /// The first 1-based line whose nesting passes `limit`, with the depth found there.
  ///
  /// Works on the UTF-8 bytes: every character it looks for is ASCII, and no byte of a
  /// multi-byte character is, so a non-ASCII character counts as "something else" just as a
  /// scalar would. Lines end at LF, so CRLF files are read line by line too.
  static func firstLine(in text: String, exceeding limit: Int) -> (line: Int, depth: Int)? {
    var text = text
    return text.withUTF8 { firstLine(in: $0, exceeding: limit) }
  }

  private static func firstLine(in bytes: UnsafeBufferPointer<UInt8>, exceeding limit: Int)
    -> (line: Int, depth: Int)?
  {
    let space = UInt8(ascii: " ")
    let tab = UInt8(ascii: "\t")
    let newline = UInt8(ascii: "\n")
    var indentStack: [Int] = []
    var flowDepth = 0
    var lineNumber = 0
    var lineStart = 0
    while lineStart <= bytes.count {
      var lineEnd = lineStart
      while lineEnd < bytes.count, bytes[lineEnd] != newline { lineEnd += 1 }
      defer { lineStart = lineEnd + 1 }
      lineNumber += 1
      var index = lineStart
      while index < lineEnd, bytes[index] == space { index += 1 }
      let indent = index - lineStart
      guard index < lineEnd, bytes[index] != UInt8(ascii: "#"), bytes[index] != UInt8(ascii: "\r")
      else { continue }
      if flowDepth == 0 {
        while let last = indentStack.last, last > indent { indentStack.removeLast() }
        if indentStack.last != indent { indentStack.append(indent) }
      }
      var compact = 0
      while index + 1 < lineEnd,
        bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "?"),
        bytes[index + 1] == space
      {
        compact += 1
        index += 2
        while index < lineEnd, bytes[index] == space { index += 1 }
      }
      var deepestFlow = flowDepth
      var quote: UInt8?
      var previous = space
      while index < lineEnd {
        let byte = bytes[index]
        if let open = quote {
          if byte == open { quote = nil }
        } else if byte == UInt8(ascii: "#") && (previous == space || previous == tab) {
          break
        } else if byte == UInt8(ascii: "\"")
          || (byte == UInt8(ascii: "'") && (previous == space || opensFlowValue(previous)))
        {
          quote = byte
        } else if byte == UInt8(ascii: "[") || byte == UInt8(ascii: "{") {
          flowDepth += 1
          deepestFlow = max(deepestFlow, flowDepth)
        } else if byte == UInt8(ascii: "]") || byte == UInt8(ascii: "}") {
          flowDepth = max(0, flowDepth - 1)
        }
        previous = byte
        index += 1
      }
      let depth = indentStack.count + compact + deepestFlow
      if depth > limit { return (lineNumber, depth) }
    }
    return nil
  }

  /// `[`, `{`, `,` or `:`, after which a `'` opens a quoted scalar.
  private static func opensFlowValue(_ byte: UInt8) -> Bool {
    byte == UInt8(ascii: "[") || byte == UInt8(ascii: "{") || byte == UInt8(ascii: ",")
      || byte == UInt8(ascii: ":")
  }
}
