import Foundation

/// Writing to the terminal's standard streams.
enum Terminal {
  /// Whether standard error is a terminal that understands color.
  static var stderrIsColorTerminal: Bool {
    isatty(STDERR_FILENO) != 0 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
      && ProcessInfo.processInfo.environment["TERM"] != "dumb"
  }

  static func printError(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
  }

  static func printOutput(_ text: String) {
    FileHandle.standardOutput.write(Data((text + "\n").utf8))
  }
}
