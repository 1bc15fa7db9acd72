import Foundation

/// The tutorial as a follow-up mapping would edit it: the mobile crisis team renamed (with a
/// new id), the gap "no-bh-call-coding" closed, and the booking roster match moved from gap to
/// in place. The diff tests of every target use it.
package enum FollowUpMap {
  /// The edits, each of which must match the tutorial exactly once.
  package static let edits: [(old: String, new: String)] = [
    (
      "      - id: mobile-crisis-team\n        name: Mobile Crisis Team\n",
      "      - id: mobile-crisis-response\n        name: Mobile Crisis Response Team\n"
    ),
    (
      "      - id: no-bh-call-coding\n"
        + "        text: Police records do not mark behavioral health calls, so nobody can count "
        + "them\n        practice: bh-call-data\n        severity: low\n", ""
    ),
    (
      "    mechanism: automated\n    legal-basis: state-law\n    status: gap\n",
      "    mechanism: automated\n    legal-basis: state-law\n    status: in-place\n"
    ),
  ]

  /// A problem with the tutorial: an edit no longer matches it exactly once.
  package struct EditMismatch: Error, CustomStringConvertible {
    /// The text the edit looks for.
    package var old: String
    /// What went wrong.
    package var description: String { "the edit must match the tutorial exactly once: \(old)" }
  }

  /// The tutorial with `edits` applied.
  package static func text() throws -> String {
    var text = try String(
      contentsOf: Fixtures.root.appendingPathComponent("Examples/tutorial.yaml"), encoding: .utf8)
    for edit in edits {
      guard text.components(separatedBy: edit.old).count == 2 else {
        throw EditMismatch(old: edit.old)
      }
      text = text.replacingOccurrences(of: edit.old, with: edit.new)
    }
    return text
  }
}
