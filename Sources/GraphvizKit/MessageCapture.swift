import CGraphviz
import Foundation

/// Routes cgraph's error and warning messages into a buffer instead of stderr.
///
/// cgraph's `agseterrf` takes a bare C function pointer with no context argument and keeps it in
/// process-global state, so the buffer has to be global too. cgraph calls the function with
/// `"Error"` or `"Warning"`, then `": "`, then the message text, as separate calls; continuation
/// messages arrive without a prefix. The pieces are appended as they come and split into lines
/// when a job ends.
///
/// Every member must be used only while ``GraphvizEngine``'s lock is held.
enum MessageCapture {
  /// Text received since the last ``begin()``. Touched only under the engine lock.
  nonisolated(unsafe) private static var buffer = ""

  /// Sends cgraph's messages to the buffer from now on. Call once, before `gvContext()`.
  static func install() {
    _ = agseterrf { text in
      if let text {
        MessageCapture.buffer += String(cString: text)
      }
      return 0
    }
  }

  /// How many bytes of text have been received since the last ``begin()``.
  static var count: Int {
    buffer.utf8.count
  }

  /// Starts a job: clears the buffer and cgraph's sticky error level.
  static func begin() {
    buffer = ""
    _ = agreseterrors()
  }

  /// The job's messages so far, split into errors and warnings, leaving the buffer as it is.
  static func peekByLevel() -> GraphvizMessages {
    GraphvizMessages(lines: lines(of: buffer))
  }

  /// Ends a job and returns its messages split into errors and warnings.
  static func endByLevel() -> GraphvizMessages {
    GraphvizMessages(lines: end())
  }

  /// Ends a job and returns its messages, one trimmed, non-empty line each.
  static func end() -> [String] {
    let text = buffer
    buffer = ""
    return lines(of: text)
  }

  private static func lines(of text: String) -> [String] {
    text.split(whereSeparator: \.isNewline)
      .map { $0.trimmingCharacters(in: .whitespaces) }
      .filter { !$0.isEmpty }
  }
}
