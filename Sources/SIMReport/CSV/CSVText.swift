/// RFC 4180 text: fields quoted when needed, quotes doubled, CRLF line ends.
enum CSVText {
  /// One field: quoted when it holds a comma, a quote, CR or LF, with quotes doubled.
  ///
  /// A field that starts like a spreadsheet formula (`=`, `+`, `-`, `@`, tab or CR) gets a
  /// leading apostrophe, so a spreadsheet shows it as text instead of running it.
  static func field(_ value: String) -> String {
    var text = value
    if let first = text.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first),
      !isNumber(text)
    {
      text = "'" + text
    }
    let needsQuotes =
      text.contains { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" }
      || text.unicodeScalars.contains { $0 == "\r" || $0 == "\n" }
    guard needsQuotes else { return text }
    return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }

  /// One record: the fields joined by commas, ending with CRLF.
  static func record(_ fields: [String]) -> String {
    fields.map(field).joined(separator: ",") + "\r\n"
  }

  /// A whole table: the header record, then one record per row.
  static func table(headers: [String], rows: [[String]]) -> String {
    ([headers] + rows).map(record).joined()
  }

  /// Whether the text is a plain number, such as `-5` or `+2.5`, which needs no apostrophe.
  private static func isNumber(_ text: String) -> Bool {
    Double(text) != nil
  }
}
