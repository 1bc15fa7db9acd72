import Foundation

/// The `3/99 riverbend.yaml (sharing view)` line a batch render keeps rewriting on a terminal.
///
/// Shown only when standard error is a terminal and there is more than one picture.
struct RenderProgress {
  private let total: Int
  private let isShown: Bool

  init(total: Int) {
    self.total = total
    isShown = total > 1 && isatty(STDERR_FILENO) != 0
  }

  /// Shows that `done` pictures are finished and names the last one.
  func show(done: Int, current: String) {
    guard isShown else { return }
    write("\r\(done)/\(total) \(String(current.prefix(70)))\u{1B}[K")
  }

  /// Takes the line away, before other messages and at the end.
  func clear() {
    guard isShown else { return }
    write("\r\u{1B}[K")
  }

  private func write(_ text: String) {
    FileHandle.standardError.write(Data(text.utf8))
  }
}
