/// One problem found in a map file, with where it is and what to do about it.
package struct Diagnostic: Hashable, Sendable {
  /// A second place that explains the first, such as the earlier definition of a duplicate.
  package struct Note: Hashable, Sendable {
    /// The explanation.
    package var message: String
    /// Where it points.
    package var location: SourceLocation?

    /// Creates a note.
    package init(_ message: String, at location: SourceLocation?) {
      self.message = message
      self.location = location
    }
  }

  /// How serious the problem is.
  package var severity: Severity
  /// The stable kind of problem.
  package var code: DiagnosticCode
  /// What is wrong, in one sentence without a full stop.
  package var message: String
  /// Where it is, when it belongs to a place in a file.
  package var location: SourceLocation?
  /// The path of the offending value in the map, when there is one.
  package var path: FieldPath?
  /// What the user can do, when there is more to say than the message.
  package var hint: String?
  /// Related places.
  package var notes: [Note]

  /// Creates a diagnostic; the severity defaults to the code's own.
  package init(
    _ code: DiagnosticCode,
    _ message: String,
    at location: SourceLocation?,
    path: FieldPath? = nil,
    severity: Severity? = nil,
    hint: String? = nil,
    notes: [Note] = []
  ) {
    self.code = code
    self.message = message
    self.location = location
    self.path = path
    self.severity = severity ?? code.defaultSeverity
    self.hint = hint
    self.notes = notes
  }
}

extension Diagnostic: Comparable {
  /// Orders by location (diagnostics without one first), then code, then message.
  package static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
    switch (lhs.location, rhs.location) {
    case (nil, .some): return true
    case (.some, nil): return false
    case (.some(let left), .some(let right)) where left != right: return left < right
    default: break
    }
    if lhs.code != rhs.code { return lhs.code.rawValue < rhs.code.rawValue }
    return lhs.message < rhs.message
  }
}

extension Array where Element == Diagnostic {
  /// Whether any diagnostic is an error.
  package var hasErrors: Bool { contains { $0.severity == .error } }

  /// The same diagnostics with warnings turned into errors, as `--strict` asks.
  package func promotingWarnings() -> [Diagnostic] {
    map { diagnostic in
      var promoted = diagnostic
      if promoted.severity == .warning { promoted.severity = .error }
      return promoted
    }
  }
}

/// A diagnostic can end a step that cannot go on, such as reading a file that is not text.
extension Diagnostic: Error {}
