import Foundation

/// A run of text inside a paragraph, a list item or a table cell.
///
/// Every string is plain text: renderers escape it for their format, so a map's text can never
/// become markup.
package enum Inline: Hashable, Sendable {
  /// Ordinary text.
  case text(String)
  /// Text that stands out, such as a resource's name.
  case strong(String)
  /// Text set off from the rest, such as a title.
  case emphasis(String)
  /// An identifier or a rule id, shown in a fixed-width font.
  case code(String)
  /// A link to a web page; shown as plain text when the address is not `http` or `https`.
  case link(String, url: String)
  /// What the map does not say, such as "not recorded" or "To decide: …".
  case missing(String)
  /// Secondary text, such as a description under a name.
  case detail(String)
  /// A numbered reference to an entry of the sources list, such as `[3]`.
  case citation(Int, anchor: String)
  /// A status word shown as a small label, such as "In place" or "Overdue"; the tone adds a
  /// color in HTML, and the word always says the same thing without it.
  case status(String, tone: Tone)
  /// Text that other parts of the document link to, such as a source's number.
  case anchored(String, id: String)
  /// A break between lines of one cell or item.
  case lineBreak
}

extension Inline {
  /// How good a status is, which decides its color.
  package enum Tone: String, Hashable, Sendable {
    /// Done, in place, operating.
    case good
    /// Partial, limited, in progress.
    case partial
    /// Planned, not yet running.
    case planned
    /// A gap, blocked, missing, overdue.
    case bad
    /// Neither good nor bad, such as ended or not started.
    case neutral
  }

  /// The plain text of the run, without any emphasis: for alt text and CSV cells.
  package var plainText: String {
    switch self {
    case .text(let text), .strong(let text), .emphasis(let text), .code(let text),
      .missing(let text), .detail(let text), .status(let text, _):
      text
    case .link(let text, _), .anchored(let text, _): text
    case .citation(let number, _): "[\(number)]"
    case .lineBreak: "\n"
    }
  }
}

extension Array where Element == Inline {
  /// The plain text of the runs.
  package var plainText: String { map(\.plainText).joined() }

  /// `text`, or a "not recorded" marker when `text` is nil or blank.
  static func orMissing(_ text: String?, missing: String = ReportWording.notRecorded) -> [Inline] {
    guard let text, !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
      return [.missing(missing)]
    }
    return [.text(text.trimmed)]
  }
}
