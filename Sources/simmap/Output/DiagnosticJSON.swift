import Foundation
import SIMModel

/// Diagnostics as JSON for editors and CI: one entry per file, sorted keys, stable order.
enum DiagnosticJSON {
  struct FileReport {
    var file: String
    var diagnostics: [Diagnostic]
  }

  static func text(_ reports: [FileReport]) -> String {
    let files: [[String: Any]] = reports.map { report in
      [
        "file": report.file,
        "valid": !report.diagnostics.hasErrors,
        "diagnostics": report.diagnostics.map(object(for:)),
      ]
    }
    let all = reports.flatMap(\.diagnostics)
    let root: [String: Any] = [
      "files": files,
      "errors": all.filter { $0.severity == .error }.count,
      "warnings": all.filter { $0.severity == .warning }.count,
    ]
    guard
      let data = try? JSONSerialization.data(
        withJSONObject: root, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]),
      let text = String(data: data, encoding: .utf8)
    else { return "{}" }
    return text
  }

  private static func object(for diagnostic: Diagnostic) -> [String: Any] {
    var object: [String: Any] = [
      "severity": diagnostic.severity.rawValue,
      "code": diagnostic.code.rawValue,
      "message": diagnostic.message,
    ]
    if let location = diagnostic.location {
      object["file"] = location.file
      object["line"] = location.line
      object["column"] = location.column
    }
    if let path = diagnostic.path { object["path"] = path.description }
    if let hint = diagnostic.hint { object["hint"] = hint }
    if !diagnostic.notes.isEmpty {
      object["notes"] = diagnostic.notes.map { note -> [String: Any] in
        var entry: [String: Any] = ["message": note.message]
        if let location = note.location {
          entry["file"] = location.file
          entry["line"] = location.line
          entry["column"] = location.column
        }
        return entry
      }
    }
    return object
  }
}
