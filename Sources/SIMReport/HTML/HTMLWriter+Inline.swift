extension HTMLWriter {
  /// Inline runs as HTML; every text is escaped.
  static func inline(_ runs: [Inline]) -> String {
    runs.map(inline).joined()
  }

  private static func inline(_ run: Inline) -> String {
    switch run {
    case .text(let text): HTMLText.escape(text)
    case .strong(let text): "<strong>" + HTMLText.escape(text) + "</strong>"
    case .emphasis(let text): "<em>" + HTMLText.escape(text) + "</em>"
    case .code(let text): "<code>" + HTMLText.escape(text) + "</code>"
    case .missing(let text): "<em class=\"missing\">" + HTMLText.escape(text) + "</em>"
    case .detail(let text): "<span class=\"detail\">" + HTMLText.escape(text) + "</span>"
    case .lineBreak: "<br/>"
    case .status(let text, let tone):
      "<span class=\"badge tone-\(tone.rawValue)\">" + HTMLText.escape(text) + "</span>"
    case .link(let text, let url):
      if let target = LinkTarget(url) {
        "<a href=\"" + HTMLText.escape(target.address) + "\">" + HTMLText.escape(text) + "</a>"
      } else {
        HTMLText.escape(text)
      }
    case .citation(let number, let anchor):
      "<a class=\"cite\" href=\"#" + HTMLText.escape(anchor) + "\" aria-label=\"source "
        + "\(number)\">[\(number)]</a>"
    case .anchored(let text, let id):
      "<span id=\"" + HTMLText.escape(id) + "\">" + HTMLText.escape(text) + "</span>"
    }
  }
}
