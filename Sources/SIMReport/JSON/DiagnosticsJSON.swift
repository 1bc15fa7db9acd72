import SIMModel

/// `simmap validate --format json`: one entry per file, described by
/// `schema/diagnostics.schema.json`.
package struct DiagnosticsJSON: Encodable, Sendable {
  /// One checked file and its diagnostics.
  package struct FileReport: Sendable {
    /// The file as the user named it.
    package var file: String
    /// Its diagnostics, in order.
    package var diagnostics: [Diagnostic]

    /// Creates a report.
    package init(file: String, diagnostics: [Diagnostic]) {
      self.file = file
      self.diagnostics = diagnostics
    }
  }

  struct FileJSON: Encodable, Sendable {
    var file: String
    var valid: Bool
    var diagnostics: [DiagnosticJSON]
  }

  struct DiagnosticJSON: Encodable, Sendable {
    var severity: String
    var code: String
    var message: String
    var file: String?
    var line: Int?
    var column: Int?
    var path: String?
    var hint: String?
    var notes: [NoteJSON]?

    init(_ diagnostic: Diagnostic) {
      severity = diagnostic.severity.rawValue
      code = diagnostic.code.rawValue
      message = diagnostic.message
      file = diagnostic.location?.file
      line = diagnostic.location?.line
      column = diagnostic.location?.column
      path = diagnostic.path?.description
      hint = diagnostic.hint
      notes = diagnostic.notes.isEmpty ? nil : diagnostic.notes.map(NoteJSON.init)
    }
  }

  var files: [FileJSON]
  var errors: Int
  var warnings: Int

  /// The JSON shape of the reports of several files.
  package init(_ reports: [FileReport]) {
    files = reports.map {
      FileJSON(
        file: $0.file, valid: !$0.diagnostics.hasErrors,
        diagnostics: $0.diagnostics.map(DiagnosticJSON.init))
    }
    let all = reports.flatMap(\.diagnostics)
    errors = all.filter { $0.severity == .error }.count
    warnings = all.filter { $0.severity == .warning }.count
  }
}
