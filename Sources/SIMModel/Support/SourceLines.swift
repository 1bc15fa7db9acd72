/// The lines of a text, counted exactly as libyaml (and so Yams) counts them.
///
/// A line ends at LF, CR, CRLF (one break), NEL (U+0085), LS (U+2028) or PS (U+2029). Columns are
/// 1-based and count Unicode scalars, as Yams marks do. Swift's `Character` treats CRLF as one
/// character and knows nothing of NEL, LS and PS, so splitting a `String` on `"\n"` disagrees
/// with the parser's positions on any file not saved with LF line breaks; every position in
/// simmap goes through this index instead.
///
/// The index is built once per text in linear time; looking up a line or an offset is
/// logarithmic or constant.
package struct SourceLines: Sendable {
  private let bytes: [UInt8]
  /// The UTF-8 offset where each line starts.
  private var starts: [Int] = [0]
  /// The UTF-8 offset where each line's text ends (before its break).
  private var ends: [Int] = []

  /// Indexes `text`.
  package init(_ text: String) {
    self.init(utf8: Array(text.utf8))
  }

  /// Indexes UTF-8 bytes, which need not be valid UTF-8.
  package init(utf8 bytes: [UInt8]) {
    self.bytes = bytes
    var index = 0
    while index < bytes.count {
      let width = Self.breakWidth(at: index, in: bytes)
      if width > 0 {
        ends.append(index)
        index += width
        starts.append(index)
      } else {
        index += 1
      }
    }
    ends.append(bytes.count)
  }

  /// The number of bytes of the line break starting at `index`, or 0 when there is none.
  private static func breakWidth(at index: Int, in bytes: [UInt8]) -> Int {
    switch bytes[index] {
    case 0x0A: return 1
    case 0x0D: return index + 1 < bytes.count && bytes[index + 1] == 0x0A ? 2 : 1
    case 0xC2: return index + 1 < bytes.count && bytes[index + 1] == 0x85 ? 2 : 0
    case 0xE2:
      guard index + 2 < bytes.count, bytes[index + 1] == 0x80 else { return 0 }
      return bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9 ? 3 : 0
    default: return 0
    }
  }

  /// The number of lines; a text that ends with a break has an empty last line.
  package var count: Int { starts.count }

  /// Whether `line` (1-based) is a line of the text.
  package func contains(line: Int) -> Bool { line >= 1 && line <= starts.count }

  /// The text of a 1-based line, without its break; nil past the end.
  package func text(ofLine line: Int) -> String? {
    guard contains(line: line) else { return nil }
    return String(decoding: bytes[starts[line - 1]..<ends[line - 1]], as: UTF8.self)
  }

  /// The Unicode scalars of a 1-based line, without its break; empty past the end.
  package func scalars(ofLine line: Int) -> [Unicode.Scalar] {
    guard let text = text(ofLine: line) else { return [] }
    return Array(text.unicodeScalars)
  }

  /// The 1-based line and column of a UTF-8 offset; an offset inside a line break belongs to the
  /// line the break ends.
  package func location(ofUTF8Offset offset: Int) -> (line: Int, column: Int) {
    let offset = min(max(offset, 0), bytes.count)
    var low = 0
    var high = starts.count - 1
    while low < high {
      let middle = (low + high + 1) / 2
      if starts[middle] <= offset { low = middle } else { high = middle - 1 }
    }
    let end = min(offset, ends[low])
    let column = bytes[starts[low]..<end].reduce(1) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
    return (low + 1, column)
  }

  /// The UTF-8 offset of a 1-based line and column (in scalars); nil when the line does not
  /// exist or is shorter than the column.
  package func utf8Offset(line: Int, column: Int) -> Int? {
    guard contains(line: line), column >= 1 else { return nil }
    var scalars = 1
    var offset = starts[line - 1]
    let end = ends[line - 1]
    while scalars < column {
      guard offset < end else { return nil }
      offset += 1
      while offset < end, bytes[offset] & 0xC0 == 0x80 { offset += 1 }
      scalars += 1
    }
    return offset
  }
}
