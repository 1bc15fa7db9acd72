import Foundation
import SIMAnalysis
import SIMModel
import Testing

@Suite("MapDiff")
struct MapDiffTests {
  @Test("the follow-up reports exactly its three edits")
  func followUp() throws {
    let diff = MapDiff(
      old: try ComparisonFixtures.map("Examples/tutorial.yaml"),
      new: try ComparisonFixtures.followUp())
    #expect(diff.changeCount == 3)
    #expect(diff.tally == ["1 resource renamed", "1 gap closed", "1 exchange now in place"])
    let renamed = try #require(diff.resources.first)
    #expect(diff.resources.count == 1)
    #expect(renamed.kind == .renamed)
    #expect(renamed.old?.name == "Mobile Crisis Team")
    #expect(renamed.new?.name == "Mobile Crisis Response Team")
    #expect(renamed.rule == .practiceAndName)
    #expect(diff.gaps.map(\.kind) == [.closed])
    #expect(diff.gaps.map(\.gap.id) == ["no-bh-call-coding"])
    #expect(diff.exchanges.count == 1)
    #expect(diff.exchanges.first?.isNowInPlace == true)
    #expect(diff.exchanges.first?.old?.status == .gap)
    #expect(diff.exchanges.first?.new?.id == "booking-roster-match")
    #expect(diff.priorities.allSatisfy { $0.kind == .continued && $0.newlyDone.isEmpty })
  }

  @Test("a map against itself has no changes")
  func itself() throws {
    let map = try ComparisonFixtures.map("Examples/tutorial.yaml")
    let diff = MapDiff(old: map, new: map)
    #expect(diff.changeCount == 0)
    #expect(diff.tally.isEmpty)
    #expect(diff.priorities.map(\.rank) == [1, 2, 3, 4, 5])
  }

  static let old = """
    simmap: 1
    jurisdiction: {name: Test County}
    agencies:
      - {id: police, name: Police, sector: justice, role: law-enforcement}
      - {id: cmhc, name: Mental Health Center, sector: behavioral-health, role: community-mental-health}
    intercepts:
      0:
        resources:
          - {id: line, name: Crisis line, agency: cmhc, practice: crisis-line}
          - {id: respite, name: Crisis respite, agency: cmhc, practice: crisis-respite}
          - {id: mobile, name: Mobile team, agency: cmhc, practice: mobile-crisis, status: planned}
      1:
        resources:
          - {id: cit, name: CIT, agency: police, practice: cit}
    exchanges:
      - {id: calls, intercept: 1, from: police, to: cmhc, records: identifiers, status: planned}
    priorities:
      - {id: crisis, rank: 1, title: Build the crisis system}
    actions:
      - priority: crisis
        objective: Start a mobile team
        steps:
          - {action: Hire two clinicians, status: in-progress}
          - {action: Buy a van}
    """

  @Test("status ended and leaving the map both count as ended; steps done since are listed")
  func endedAddedAndSteps() throws {
    let new = Self.old
      .replacingOccurrences(
        of: "practice: crisis-line}", with: "practice: crisis-line, status: ended}"
      )
      .replacingOccurrences(
        of: "      - {id: respite, name: Crisis respite, agency: cmhc, practice: crisis-respite}\n",
        with: ""
      )
      .replacingOccurrences(of: "status: planned}\n  1:", with: "status: operating}\n  1:")
      .replacingOccurrences(
        of: "      - {id: cit, name: CIT, agency: police, practice: cit}",
        with: "      - {id: cit, name: CIT, agency: police, practice: cit}\n"
          + "      - {id: deflect, name: Deflection, agency: police, practice: deflection}"
      )
      .replacingOccurrences(
        of: "{action: Hire two clinicians, status: in-progress}",
        with: "{action: Hire two clinicians, status: done}")
    let diff = MapDiff(
      old: try AnalysisHarness.load(Self.old, file: "old.yaml"),
      new: try AnalysisHarness.load(new, file: "new.yaml"))
    #expect(diff.resources.map(\.kind) == [.ended, .statusChanged, .ended, .added])
    #expect(
      diff.resources.map(\.name) == ["Crisis line", "Mobile team", "Crisis respite", "Deflection"])
    #expect(diff.resources[0].new != nil, "status ended: still on the map")
    #expect(diff.resources[2].new == nil, "no longer on the map")
    #expect(diff.priorities.first?.newlyDone == ["Hire two clinicians"])
    #expect(diff.priorities.first?.stepsDone == 1)
    #expect(diff.changeCount == 5)
  }

  @Test("a resource renamed with a new id, practice and agencies kept, is one rename")
  func renameByPlace() throws {
    let new = Self.old.replacingOccurrences(
      of: "{id: respite, name: Crisis respite,", with: "{id: haven, name: Riverside Haven,")
    let diff = MapDiff(
      old: try AnalysisHarness.load(Self.old, file: "old.yaml"),
      new: try AnalysisHarness.load(new, file: "new.yaml"))
    #expect(diff.resources.map(\.kind) == [.renamed])
    #expect(diff.resources.first?.rule == .practiceAndPlace)
  }

  @Test("exchanges are paired by intercept and agencies when the id changed")
  func exchangeByAgencies() throws {
    let new = Self.old.replacingOccurrences(
      of:
        "{id: calls, intercept: 1, from: police, to: cmhc, records: identifiers, status: planned}",
      with:
        "{id: call-transfer, intercept: 1, from: police, to: cmhc, records: identifiers, status: in-place}"
    )
    let diff = MapDiff(
      old: try AnalysisHarness.load(Self.old, file: "old.yaml"),
      new: try AnalysisHarness.load(new, file: "new.yaml"))
    #expect(diff.exchanges.map(\.kind) == [.statusChanged])
    #expect(diff.exchanges.first?.isNowInPlace == true)
    #expect(diff.exchanges.first?.rule == .agencies)
  }
}
