import Foundation

/// Formats diagnostics the way compilers do: `file:line:col: severity: message [code]`, then
/// the offending line with a caret, then a hint and any notes.
public struct DiagnosticFormatter {
  /// Whether to color severities with ANSI escapes (for a terminal).
  public var colored: Bool
  /// The text of each file, for the source line under a message; nil leaves it out.
  public var sourceText: (String) -> String?

  /// Creates a formatter.
  public init(colored: Bool = false, sourceText: @escaping (String) -> String? = { _ in nil }) {
    self.colored = colored
    self.sourceText = sourceText
  }

  /// One diagnostic as lines of text, without a final newline.
  public func format(_ diagnostic: Diagnostic) -> String {
    var lines = [headline(diagnostic)]
    if let location = diagnostic.location, let snippet = snippet(at: location) {
      lines += snippet
    }
    if let hint = diagnostic.hint { lines.append("    hint: \(hint)") }
    for note in diagnostic.notes {
      let place = note.location.map { "\($0): " } ?? ""
      lines.append("\(place)\(paint("note", .note)): \(note.message)")
    }
    return lines.joined(separator: "\n")
  }

  private func headline(_ diagnostic: Diagnostic) -> String {
    let place = diagnostic.location.map { "\($0): " } ?? ""
    let severity = paint(diagnostic.severity.rawValue, diagnostic.severity)
    return "\(place)\(severity): \(diagnostic.message) [\(diagnostic.code.rawValue)]"
  }

  private func snippet(at location: SourceLocation) -> [String]? {
    guard let text = sourceText(location.file) else { return nil }
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    guard lines.indices.contains(location.line - 1) else { return nil }
    var line = String(lines[location.line - 1])
    if line.hasSuffix("\r") { line.removeLast() }
    guard !line.trimmingCharacters(in: .whitespaces).isEmpty else { return nil }
    let clipped = line.unicodeScalars.count > 160 ? String(line.prefix(160)) + "…" : line
    let number = String(location.line)
    let gutter = String(repeating: " ", count: number.count)
    let caretColumn = min(max(location.column - 1, 0), clipped.count)
    let padding = String(clipped.prefix(caretColumn).map { $0 == "\t" ? "\t" : " " })
    return [" \(number) | \(clipped)", " \(gutter) | \(padding)^"]
  }

  private func paint(_ text: String, _ severity: Severity) -> String {
    guard colored else { return text }
    let code =
      switch severity {
      case .error: "1;31"
      case .warning: "1;33"
      case .note: "1;36"
      }
    return "\u{1B}[\(code)m\(text)\u{1B}[0m"
  }
}
