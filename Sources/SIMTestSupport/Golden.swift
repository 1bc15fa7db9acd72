import Foundation
import Testing

/// Compares generated text with a golden file kept beside the tests.
///
/// The file is `<directory>/<name>`. When it is missing, or `RECORD_GOLDEN=1` is set, the text is
/// written and the test fails, so a recording is never mistaken for a pass; commit the file after
/// reading it. Line endings are normalised to LF.
public func assertGolden(
  _ actual: String, named name: String, in directory: URL,
  sourceLocation: SourceLocation = #_sourceLocation
) {
  let url = directory.appendingPathComponent(name)
  let text = actual.replacingOccurrences(of: "\r\n", with: "\n")
  let record = ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1"
  guard !record, let expected = try? String(contentsOf: url, encoding: .utf8) else {
    try? FileManager.default.createDirectory(
      at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try? text.write(to: url, atomically: true, encoding: .utf8)
    Issue.record("recorded golden \(name); check it and run again", sourceLocation: sourceLocation)
    return
  }
  let normalized = expected.replacingOccurrences(of: "\r\n", with: "\n")
  if normalized != text {
    Issue.record(
      "\(name) differs from its golden file:\n\(lineDiff(expected: normalized, actual: text))",
      sourceLocation: sourceLocation)
  }
}

/// The lines that differ, marked `-` for expected and `+` for actual, with line numbers.
public func lineDiff(expected: String, actual: String) -> String {
  let left = expected.components(separatedBy: "\n")
  let right = actual.components(separatedBy: "\n")
  var lines: [String] = []
  for index in 0..<max(left.count, right.count) {
    let old = index < left.count ? left[index] : nil
    let new = index < right.count ? right[index] : nil
    guard old != new else { continue }
    if let old { lines.append("\(index + 1) - \(old)") }
    if let new { lines.append("\(index + 1) + \(new)") }
    if lines.count > 40 {
      lines.append("…")
      break
    }
  }
  return lines.joined(separator: "\n")
}
