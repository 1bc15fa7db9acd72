import Foundation

/// Formats diagnostics the way compilers do: `file:line:col: severity: message [code]`, then
/// the offending line with a caret, then a hint and any notes.
package struct DiagnosticFormatter {
  /// Whether to color severities with ANSI escapes (for a terminal).
  package var colored: Bool
  /// The text of each file, for the source line under a message; nil leaves it out.
  package var sourceText: (String) -> String?
  /// The most diagnostics of one code `formatAll` shows; the rest are counted in one line.
  package static let shownPerCode = 20
  /// The line index of each file, built once however many diagnostics point into it.
  private let lineCache = LineCache()

  /// Creates a formatter.
  package init(colored: Bool = false, sourceText: @escaping (String) -> String? = { _ in nil }) {
    self.colored = colored
    self.sourceText = sourceText
  }

  /// Each diagnostic formatted, at most `shownPerCode` of each code, followed by a line
  /// `… and N more [code]` for each code that has more.
  package func formatAll(_ diagnostics: [Diagnostic]) -> [String] {
    var shown: [DiagnosticCode: Int] = [:]
    var blocks: [String] = []
    for diagnostic in diagnostics {
      shown[diagnostic.code, default: 0] += 1
      if shown[diagnostic.code, default: 0] <= Self.shownPerCode {
        blocks.append(format(diagnostic))
      }
    }
    let hidden = shown.filter { $0.value > Self.shownPerCode }.sorted {
      $0.key.rawValue < $1.key.rawValue
    }
    for (code, count) in hidden {
      blocks.append("… and \(count - Self.shownPerCode) more [\(code.rawValue)]")
    }
    return blocks
  }

  /// One diagnostic as lines of text, without a final newline.
  package func format(_ diagnostic: Diagnostic) -> String {
    var lines = [headline(diagnostic)]
    if let location = diagnostic.location, let snippet = snippet(at: location) {
      lines += snippet
    }
    if let hint = diagnostic.hint {
      lines.append("    hint: \(TerminalText.escape(hint, keepingNewlines: false))")
    }
    for note in diagnostic.notes {
      let place =
        note.location.map { "\(TerminalText.escape($0.description, keepingNewlines: false)): " }
        ?? ""
      lines.append(
        "\(place)\(paint("note", .note)): \(TerminalText.escape(note.message, keepingNewlines: false))"
      )
    }
    return lines.joined(separator: "\n")
  }

  private func headline(_ diagnostic: Diagnostic) -> String {
    let place =
      diagnostic.location.map { "\(TerminalText.escape($0.description, keepingNewlines: false)): " }
      ?? ""
    let severity = paint(diagnostic.severity.rawValue, diagnostic.severity)
    let message = TerminalText.escape(diagnostic.message, keepingNewlines: false)
    return "\(place)\(severity): \(message) [\(diagnostic.code.rawValue)]"
  }

  private func snippet(at location: SourceLocation) -> [String]? {
    guard let lines = lines(of: location.file) else { return nil }
    let line = lines.scalars(ofLine: location.line)
    guard line.contains(where: { $0 != " " && $0 != "\t" }) else { return nil }
    let clipped = line.prefix(160)
    let shown = TerminalText.escape(
      String(String.UnicodeScalarView(clipped)), keepingNewlines: false)
    let number = String(location.line)
    let gutter = String(repeating: " ", count: number.count)
    let caretColumn = min(max(location.column - 1, 0), clipped.count)
    // Each scalar before the caret takes as many columns as it is shown with.
    let padding = clipped.prefix(caretColumn).map { scalar in
      scalar == "\t"
        ? "\t"
        : String(
          repeating: " ", count: TerminalText.escape(String(scalar), keepingNewlines: false).count)
    }.joined()
    return [" \(number) | \(shown)\(line.count > 160 ? "…" : "")", " \(gutter) | \(padding)^"]
  }

  private func lines(of file: String) -> SourceLines? {
    if let cached = lineCache.lines[file] { return cached }
    let lines = sourceText(file).map(SourceLines.init)
    lineCache.lines[file] = lines
    return lines
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

/// The line indexes a formatter has built, shared by its copies.
private final class LineCache {
  var lines: [String: SourceLines?] = [:]
}
