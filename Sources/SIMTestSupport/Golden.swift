import Foundation
import Testing

/// Compares generated text with a golden file kept beside the tests: the one golden helper of
/// every test target.
///
/// The file is `<directory>/<name>`. When it is missing, or `RECORD_GOLDEN=1` is set, the text is
/// written and the test fails, so a recording is never mistaken for a pass; read the diff
/// (`git diff`) and commit the file. Line endings are normalised to LF. A mismatch shows a
/// unified line diff (see `LineDiff`).
package func assertGolden(
  _ actual: String, named name: String, in directory: URL,
  sourceLocation: SourceLocation = #_sourceLocation
) {
  let url = directory.appendingPathComponent(name)
  let text = Golden.normalised(actual)
  guard !Golden.isRecording, let stored = try? String(contentsOf: url, encoding: .utf8) else {
    do {
      try FileManager.default.createDirectory(
        at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try Data(text.utf8).write(to: url, options: .atomic)
      Issue.record(
        "recorded golden \(name); read the diff and run the tests again",
        sourceLocation: sourceLocation)
    } catch {
      Issue.record("could not write golden \(name): \(error)", sourceLocation: sourceLocation)
    }
    return
  }
  let expected = Golden.normalised(stored)
  guard expected != text else { return }
  let diff = LineDiff(expected: expected, actual: text)
    .unified(expectedName: "golden/\(name)", actualName: "actual")
  Issue.record(
    Comment(rawValue: "\(name) differs from its golden (RECORD_GOLDEN=1 re-records):\n\(diff)"),
    sourceLocation: sourceLocation)
}

/// How golden files are recorded and compared.
package enum Golden {
  /// Whether this run records goldens instead of comparing (`RECORD_GOLDEN=1`).
  package static var isRecording: Bool {
    ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1"
  }

  /// The text with CRLF line ends turned into LF.
  package static func normalised(_ text: String) -> String {
    text.replacingOccurrences(of: "\r\n", with: "\n")
  }
}
