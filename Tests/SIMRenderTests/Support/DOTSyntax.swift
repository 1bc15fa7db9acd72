/// A small checker of the DOT the renderer writes: every statement sits on one line, so each
/// line must close every quoted string and every HTML-like label it opens.
enum DOTSyntax {
  /// The lines that leave a quoted string or an HTML-like label open, as "line: text".
  static func unbalancedLines(in dot: String) -> [String] {
    var problems: [String] = []
    for (number, line) in dot.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
    where !isBalanced(line) {
      problems.append("\(number + 1): \(line.prefix(200))")
    }
    return problems
  }

  private static func isBalanced(_ line: Substring) -> Bool {
    var inQuotes = false
    var htmlDepth = 0
    var escaped = false
    for character in line {
      if inQuotes {
        if escaped {
          escaped = false
        } else if character == "\\" {
          escaped = true
        } else if character == "\"" {
          inQuotes = false
        }
      } else if htmlDepth > 0 {
        if character == "<" { htmlDepth += 1 }
        if character == ">" { htmlDepth -= 1 }
      } else if character == "\"" {
        inQuotes = true
      } else if character == "<" {
        htmlDepth = 1
      }
    }
    return !inQuotes && htmlDepth == 0
  }
}
