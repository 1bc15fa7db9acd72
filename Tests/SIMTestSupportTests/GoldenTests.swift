import Foundation
import SIMTestSupport
import Testing

@Suite("assertGolden")
struct GoldenHelperTests {
  @Test("a matching golden passes, and CRLF line ends in the golden file do not matter")
  func matching() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "golden-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try Data("one\r\ntwo\r\n".utf8).write(to: folder.appendingPathComponent("text.txt"))
    assertGolden("one\ntwo\n", named: "text.txt", in: folder)
  }

  @Test("a mismatch is reported with a unified diff of the changed line only")
  func mismatch() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "golden-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let expected = (1...20).map { "line \($0)" }.joined(separator: "\n")
    try Data(expected.utf8).write(to: folder.appendingPathComponent("text.txt"))
    var actual = (1...20).map { "line \($0)" }
    actual.insert("new line", at: 5)
    withKnownIssue {
      assertGolden(actual.joined(separator: "\n"), named: "text.txt", in: folder)
    } matching: { issue in
      let text = String(describing: issue)
      return text.contains("+new line") && !text.contains("-line")
    }
  }
}
