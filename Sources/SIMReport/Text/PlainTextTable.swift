/// A table laid out in fixed-width columns: each column as wide as its longest line, narrowed
/// from the widest when the table would pass the page width, cells wrapped inside.
struct PlainTextTable {
  let headers: [String]
  let rows: [[String]]
  let numeric: [Bool]
  let width: Int

  /// Two spaces between columns.
  private static let gap = 2

  var lines: [String] {
    let widths = columnWidths()
    var lines = render(headers, widths: widths)
    lines.append(widths.map { String(repeating: "-", count: $0) }.joined(separator: "  "))
    let wraps = rows.contains { row in
      zip(row, widths).contains { cell, width in cellLines(cell, width: width).count > 1 }
    }
    for (index, row) in rows.enumerated() {
      if wraps && index > 0 { lines.append("") }
      lines += render(row, widths: widths)
    }
    return lines
  }

  private func render(_ cells: [String], widths: [Int]) -> [String] {
    let columns = widths.indices.map { index in
      cellLines(index < cells.count ? cells[index] : "", width: widths[index])
    }
    let height = columns.map(\.count).max() ?? 1
    return (0..<height).map { line in
      TextWrap.trimmed(
        widths.indices.map { index in
          let text = line < columns[index].count ? columns[index][line] : ""
          let isNumeric = index < numeric.count && numeric[index]
          return isNumeric
            ? String(repeating: " ", count: max(0, widths[index] - text.count)) + text
            : TextWrap.pad(text, widths[index])
        }.joined(separator: String(repeating: " ", count: Self.gap)))
    }
  }

  /// The lines of one cell: each of its own lines wrapped to the column, long words cut.
  private func cellLines(_ cell: String, width: Int) -> [String] {
    cell.split(separator: "\n", omittingEmptySubsequences: false).flatMap {
      TextWrap.lines(String($0), width: width, cutting: true)
    }
  }

  /// The natural width of each column; when they pass the page width, the narrow columns keep
  /// theirs and the wide ones share what is left equally.
  private func columnWidths() -> [Int] {
    let natural = headers.indices.map { index in
      max(
        1,
        ([headers[index]] + rows.map { index < $0.count ? $0[index] : "" })
          .flatMap { $0.split(separator: "\n") }.map(\.count).max() ?? 1)
    }
    var remaining = max(width - Self.gap * (natural.count - 1), natural.count * 8)
    guard natural.reduce(0, +) > remaining else { return natural }
    var widths = natural
    var open = Array(natural.indices)
    while !open.isEmpty {
      let share = remaining / open.count
      let fitting = open.filter { natural[$0] <= share }
      guard !fitting.isEmpty else {
        for (order, index) in open.enumerated() {
          widths[index] = share + (order < remaining % open.count ? 1 : 0)
        }
        break
      }
      for index in fitting { remaining -= natural[index] }
      open.removeAll { fitting.contains($0) }
    }
    return keepingWords(widths)
  }

  /// The widths with each column widened to its longest word (up to 24 characters), taken from
  /// the widest column, so ids are not cut where a sentence could wrap instead.
  private func keepingWords(_ widths: [Int]) -> [Int] {
    var widths = widths
    for index in widths.indices {
      let cells = [headers[index]] + rows.map { index < $0.count ? $0[index] : "" }
      let word = min(
        24, cells.flatMap { $0.split(whereSeparator: \.isWhitespace) }.map(\.count).max() ?? 1)
      guard widths[index] < word else { continue }
      guard
        let widest = widths.indices.filter({ $0 != index }).max(by: { widths[$0] < widths[$1] }),
        widths[widest] - (word - widths[index]) >= 12
      else { continue }
      widths[widest] -= word - widths[index]
      widths[index] = word
    }
    return widths
  }
}
