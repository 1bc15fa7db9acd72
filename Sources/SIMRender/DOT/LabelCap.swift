/// Bounds the text of every label, so no text from a map can make Graphviz spend minutes on one
/// box: at most `marksPerCharacter` combining marks on a character, at most `textCharacters`
/// characters in one text from the map (a name, a description: cut before wrapping), and at
/// most `characters` characters in a whole label or table cell (cut by the encoder), the last
/// replaced by "…".
///
/// Real names and notes are below the limits (the longest text of the sample maps, provenance
/// aside, has 392 characters; a resource in a breakout picture shows several of them); the
/// limits stop a hostile map (one name of 100,000 combining marks, a description of a
/// megabyte) from reaching Graphviz's text layout.
enum LabelCap {
  /// The most characters of one text from the map.
  static let textCharacters = 500
  /// The most characters in one label, or one cell of a table.
  static let characters = 2_000
  /// The most combining marks kept on one character.
  static let marksPerCharacter = 4
  /// The most Unicode scalars kept in one character (long emoji sequences stay whole).
  static let scalarsPerCharacter = 16

  /// The label with its text bounded.
  static func capped(_ label: HTMLLabel) -> HTMLLabel {
    switch label.content {
    case .lines(let lines): return HTMLLabel(lines: capped(lines))
    case .table(var table):
      for row in table.rows.indices {
        for cell in table.rows[row].indices {
          table.rows[row][cell].lines = capped(table.rows[row][cell].lines)
        }
      }
      return HTMLLabel(table: table)
    }
  }

  /// Quoted label text bounded the same way.
  static func capped(_ text: String) -> String {
    var budget = characters
    return capped(text, budget: &budget).text
  }

  /// One text from the map, bounded before it is wrapped into lines.
  static func text(_ text: String) -> String {
    var budget = textCharacters
    return capped(text, budget: &budget).text
  }

  /// The lines, cut where their characters reach the limit.
  static func capped(_ lines: [HTMLLine]) -> [HTMLLine] {
    var budget = characters
    var result: [HTMLLine] = []
    for line in lines {
      var kept = line
      kept.runs = []
      for run in line.runs {
        let (text, isCut) = capped(run.text, budget: &budget)
        kept.runs.append(HTMLRun(text, run.style))
        if isCut {
          result.append(kept)
          return result
        }
      }
      result.append(kept)
    }
    return result
  }

  /// `text` with extra marks dropped, cut with "…" when it has more characters than `budget`.
  private static func capped(_ text: String, budget: inout Int) -> (text: String, isCut: Bool) {
    guard budget > 0 else { return (text.isEmpty ? "" : "…", !text.isEmpty) }
    // Fast path for the usual label: ASCII without carriage returns is one character per byte
    // and has no marks to trim, so a text within the budget is kept as it is.
    if text.utf8.count <= budget, text.utf8.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) {
      budget -= text.utf8.count
      return (text, false)
    }
    var result = ""
    var index = text.startIndex
    while index < text.endIndex {
      let next = text.index(after: index)
      if budget == 1 && next < text.endIndex {
        budget = 0
        return (result + "…", true)
      }
      result.unicodeScalars.append(contentsOf: trimmed(text[index]))
      budget -= 1
      index = next
    }
    return (result, false)
  }

  /// The scalars of `character` with at most `marksPerCharacter` combining marks and
  /// `scalarsPerCharacter` scalars in all.
  static func trimmed(_ character: Character) -> [Unicode.Scalar] {
    var kept: [Unicode.Scalar] = []
    var marks = 0
    for scalar in character.unicodeScalars {
      if kept.count == scalarsPerCharacter { break }
      if !kept.isEmpty, isMark(scalar) {
        marks += 1
        if marks > marksPerCharacter { continue }
      }
      kept.append(scalar)
    }
    return kept
  }

  private static func isMark(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .spacingMark, .enclosingMark: true
    default: false
    }
  }
}
