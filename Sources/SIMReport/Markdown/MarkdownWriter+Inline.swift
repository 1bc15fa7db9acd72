import Foundation

extension MarkdownWriter {
  /// Inline runs as Markdown; every text is escaped.
  static func inline(_ runs: [Inline]) -> String {
    runs.map(inline).joined()
  }

  private static func inline(_ run: Inline) -> String {
    switch run {
    case .text(let text), .detail(let text), .anchored(let text, _), .status(let text, _):
      MarkdownText.escape(text)
    case .strong(let text): wrap(text, in: "**")
    case .emphasis(let text), .missing(let text): wrap(text, in: "*")
    case .code(let text): MarkdownText.code(text)
    case .lineBreak: "<br>"
    case .citation(let number, _): "\\[\(number)\\]"
    case .link(let text, let url):
      if let target = LinkTarget(url) {
        "[" + MarkdownText.escape(text) + "](<" + target.address + ">)"
      } else {
        MarkdownText.escape(text)
      }
    }
  }

  /// Emphasis around escaped text, with surrounding spaces kept outside the markers.
  private static func wrap(_ text: String, in marker: String) -> String {
    let trimmed = text.trimmingCharacters(in: .whitespaces)
    guard !trimmed.isEmpty else { return MarkdownText.escape(text) }
    let leading = text.hasPrefix(" ") ? " " : ""
    let trailing = text.hasSuffix(" ") ? " " : ""
    return leading + marker + MarkdownText.escape(trimmed) + marker + trailing
  }
}
