import SIMModel

/// A message with an optional place in a map file, such as a note under a finding.
struct NoteJSON: Encodable, Sendable {
  var message: String
  var file: String?
  var line: Int?
  var column: Int?

  init(_ note: Diagnostic.Note) {
    message = note.message
    file = note.location?.file
    line = note.location?.line
    column = note.location?.column
  }
}
