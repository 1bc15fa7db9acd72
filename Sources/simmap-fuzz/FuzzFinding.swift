/// Something that must never happen, whatever the map says.
enum FuzzFinding: Equatable, CustomStringConvertible {
  /// A diagnostic printed a control character from the map to the terminal.
  case terminalControl(code: String, scalar: Unicode.Scalar)
  /// A view's DOT is out of proportion to the map.
  case outputTooLarge(view: String, bytes: Int, input: Int)
  /// Graphviz refused or complained about the DOT simmap wrote.
  case graphvizRejected(view: String, message: String)
  /// A page or picture a browser opens has live markup from the map.
  case liveMarkup(output: String, excerpt: String)

  var description: String {
    switch self {
    case .terminalControl(let code, let scalar):
      "diagnostic [\(code)] prints control character U+\(String(scalar.value, radix: 16, uppercase: true))"
    case .outputTooLarge(let view, let bytes, let input):
      "the \(view) view is \(bytes) bytes of DOT for a \(input)-byte map"
    case .graphvizRejected(let view, let message):
      "Graphviz complained about the \(view) view: \(message)"
    case .liveMarkup(let output, let excerpt):
      "\(output) has live markup: \(excerpt)"
    }
  }
}
