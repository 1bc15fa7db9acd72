/// Map text with emoji markers where diagnostics should land, as swift-format's tests do.
///
/// Write `1️⃣` (or any keycap digit) just before the character a diagnostic should point at; the
/// markers are removed and their 1-based line and column (in Unicode scalars, as Yams counts)
/// are kept.
package struct MarkedText {
  /// The text with the markers removed.
  package let text: String
  /// Each marker's position in `text`.
  package let markers: [String: (line: Int, column: Int)]

  private static let markerScalars: Set<Unicode.Scalar> = Set("0123456789".unicodeScalars)

  /// Strips the markers from `marked`.
  package init(_ marked: String) {
    var text = ""
    var markers: [String: (line: Int, column: Int)] = [:]
    var line = 1
    var column = 1
    let scalars = Array(marked.unicodeScalars)
    var index = 0
    while index < scalars.count {
      let scalar = scalars[index]
      // A keycap digit is: digit, U+FE0F, U+20E3.
      if Self.markerScalars.contains(scalar), index + 2 < scalars.count,
        scalars[index + 1] == "\u{FE0F}", scalars[index + 2] == "\u{20E3}"
      {
        markers[String(scalar) + "\u{FE0F}\u{20E3}"] = (line, column)
        index += 3
        continue
      }
      text.unicodeScalars.append(scalar)
      if scalar == "\n" {
        line += 1
        column = 1
      } else {
        column += 1
      }
      index += 1
    }
    self.text = text
    self.markers = markers
  }
}
