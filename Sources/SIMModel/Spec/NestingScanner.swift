/// Estimates how deeply a YAML text nests, before the parser sees it.
///
/// The YAML parser and composer recurse once per level, so a file of ten thousand `[` or
/// `- - - …` could exhaust the stack. The scanner walks the text once, counting open flow
/// brackets, block indentation levels and compact `- ` and `? ` indicators, and reports the first
/// line where the estimate passes the limit. It over-counts a little (a block scalar's lines
/// count as a level) and never under-counts, which is what a guard needs.
enum NestingScanner {
  /// The first 1-based line whose nesting passes `limit`, with the depth found there.
  static func firstLine(in lines: SourceLines, exceeding limit: Int) -> (line: Int, depth: Int)? {
    var indentStack: [Int] = []
    var flowDepth = 0
    for lineNumber in 1...lines.count {
      let scalars = lines.scalars(ofLine: lineNumber)
      var index = 0
      while index < scalars.count, scalars[index] == " " { index += 1 }
      let indent = index
      guard index < scalars.count, scalars[index] != "#" else { continue }
      if flowDepth == 0 {
        while let last = indentStack.last, last > indent { indentStack.removeLast() }
        if indentStack.last != indent { indentStack.append(indent) }
      }
      var compact = 0
      while index + 1 < scalars.count, scalars[index] == "-" || scalars[index] == "?",
        scalars[index + 1] == " "
      {
        compact += 1
        index += 2
        while index < scalars.count, scalars[index] == " " { index += 1 }
      }
      var deepestFlow = flowDepth
      var quote: Unicode.Scalar?
      var previous: Unicode.Scalar = " "
      while index < scalars.count {
        let scalar = scalars[index]
        if let open = quote {
          if scalar == open { quote = nil }
        } else if scalar == "#" && (previous == " " || previous == "\t") {
          break
        } else if scalar == "\""
          || (scalar == "'" && (previous == " " || "[{,:".unicodeScalars.contains(previous)))
        {
          quote = scalar
        } else if scalar == "[" || scalar == "{" {
          flowDepth += 1
          deepestFlow = max(deepestFlow, flowDepth)
        } else if scalar == "]" || scalar == "}" {
          flowDepth = max(0, flowDepth - 1)
        }
        previous = scalar
        index += 1
      }
      let depth = indentStack.count + compact + deepestFlow
      if depth > limit { return (lineNumber, depth) }
    }
    return nil
  }
}
