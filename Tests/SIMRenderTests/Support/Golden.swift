import Foundation
import Testing

/// Compares text with a golden file in `Tests/SIMRenderTests/Golden`.
///
/// A missing file, or `RECORD_GOLDEN=1`, writes the file and fails the test so that recording is
/// never silent. Line endings are normalised to LF; a mismatch shows a line diff.
enum Golden {
  /// `Tests/SIMRenderTests/Golden`.
  static let directory = Fixture.testsDirectory.appendingPathComponent("Golden")

  /// Whether this run records goldens instead of comparing.
  static var isRecording: Bool { ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1" }

  /// Fails the test unless `actual` equals `Golden/<name>`.
  static func check(
    _ actual: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation
  ) {
    let url = directory.appendingPathComponent(name)
    let actual = normalised(actual)
    let existing = try? String(contentsOf: url, encoding: .utf8)
    guard let expected = existing.map(normalised), !isRecording else {
      do {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try actual.write(to: url, atomically: true, encoding: .utf8)
        Issue.record(
          "recorded golden \(name); check the diff and run the tests again",
          sourceLocation: sourceLocation)
      } catch {
        Issue.record("could not write golden \(name): \(error)", sourceLocation: sourceLocation)
      }
      return
    }
    guard actual != expected else { return }
    let diff = LineDiff(expected: expected, actual: actual).text
    Issue.record(
      Comment(rawValue: "\(name) differs from its golden (RECORD_GOLDEN=1 re-records):\n\(diff)"),
      sourceLocation: sourceLocation)
  }

  private static func normalised(_ text: String) -> String {
    text.replacingOccurrences(of: "\r\n", with: "\n")
  }
}
