import Foundation
import SIMAnalysis
import SIMModel
import Testing

/// Maps for the comparison and diff tests: repository maps by path, and the tutorial edited as
/// a follow-up mapping would edit it.
enum ComparisonFixtures {
  /// A repository map, loaded and checked; `file` is its repository-relative path.
  static func map(_ path: String, sourceLocation: Testing.SourceLocation = #_sourceLocation)
    throws -> LoadedMap
  {
    try AnalysisHarness.load(
      AnalysisHarness.repositoryText(path), file: path, sourceLocation: sourceLocation)
  }

  /// The three edits of the follow-up: the mobile crisis team renamed (with a new id), the gap
  /// "no-bh-call-coding" closed, and the booking roster match moved from gap to in place.
  static let followUpEdits: [(old: String, new: String)] = [
    (
      "      - id: mobile-crisis-team\n        name: Mobile Crisis Team\n",
      "      - id: mobile-crisis-response\n        name: Mobile Crisis Response Team\n"
    ),
    (
      """
            - id: no-bh-call-coding
              text: Police records do not mark behavioral health calls, so nobody can count them
              practice: bh-call-data
              severity: low

      """, ""
    ),
    (
      "    mechanism: automated\n    legal-basis: state-law\n    status: gap\n",
      "    mechanism: automated\n    legal-basis: state-law\n    status: in-place\n"
    ),
  ]

  /// The tutorial with `followUpEdits` applied, each of which must match exactly once.
  static func followUpText(sourceLocation: Testing.SourceLocation = #_sourceLocation) throws
    -> String
  {
    var text = try AnalysisHarness.repositoryText("Examples/tutorial.yaml")
    for edit in followUpEdits {
      try #require(
        text.components(separatedBy: edit.old).count == 2,
        "the edit must match the tutorial exactly once: \(edit.old)",
        sourceLocation: sourceLocation)
      text = text.replacingOccurrences(of: edit.old, with: edit.new)
    }
    return text
  }

  /// The follow-up map, loaded and checked.
  static func followUp() throws -> LoadedMap {
    try AnalysisHarness.load(followUpText(), file: "tutorial-followup.yaml")
  }

  /// The juvenile fixture peer.
  static func juvenilePeer() throws -> LoadedMap {
    try map("Tests/Fixtures/comparison/juvenile-peer.yaml")
  }
}
