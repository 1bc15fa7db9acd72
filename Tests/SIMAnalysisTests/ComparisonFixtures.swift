import Foundation
import SIMAnalysis
import SIMModel
import SIMTestSupport
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

  /// The follow-up map, loaded and checked.
  static func followUp() throws -> LoadedMap {
    try AnalysisHarness.load(FollowUpMap.text(), file: "tutorial-followup.yaml")
  }

  /// The juvenile fixture peer.
  static func juvenilePeer() throws -> LoadedMap {
    try map("Tests/Fixtures/comparison/juvenile-peer.yaml")
  }
}
