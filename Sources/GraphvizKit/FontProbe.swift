import Foundation

/// Asks fontconfig, through its `fc-list` tool, whether a font family is installed.
///
/// Graphviz's cairo/pango renderer finds fonts through fontconfig, which silently substitutes
/// another family for a missing one, so `fc-match` cannot tell; `fc-list` lists only exact
/// family matches.
enum FontProbe {
  /// Whether `family` is installed; `nil` when `fc-list` could not be run.
  static func isFamilyInstalled(_ family: String) -> Bool? {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["fc-list", ":family=\(family)", "family"]
    let output = Pipe()
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    process.standardInput = FileHandle.nullDevice
    do {
      try process.run()
    } catch {
      return nil
    }
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationReason == .exit, process.terminationStatus == 0 else {
      return nil
    }
    let text = String(decoding: data, as: UTF8.self)
    return text.split(whereSeparator: \.isNewline).contains { line in
      line.split(separator: ",").contains { $0.trimmingCharacters(in: .whitespaces) == family }
    }
  }
}
