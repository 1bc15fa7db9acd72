import Foundation
import GraphvizKit
import Testing

/// Checks that need a fresh process: plugin discovery (`GVBINDIR`) and output on stderr.
///
/// Each parent test starts this test binary again with one probe test selected (see
/// ``ChildTestRun``). The probes are disabled in a normal run and skipped there.
@Suite struct ChildProcessTests {
  @Test(
    "reports missing plugins clearly when GVBINDIR points at an empty directory",
    .enabled(if: ChildTestRun.isSupported && !ChildTestRun.isChild))
  func missingPlugins() throws {
    let empty = FileManager.default.temporaryDirectory
      .appendingPathComponent("graphvizkit-empty-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: empty) }

    let run = try ChildTestRun.run(
      test: "probeMissingPlugins", probe: "missing-plugins", environment: ["GVBINDIR": empty.path])
    #expect(run.status == 0, "child output:\n\(run.output)")
    let result = try #require(run.result)
    #expect(result.contains("no layout plugins registered"))
    #expect(result.contains("sudo dot -c"))
    #expect(!run.output.contains("Use one of"))
    #expect(!run.output.contains("not recognized"))
  }

  @Test(
    "keeps Graphviz warnings off stderr",
    .enabled(if: ChildTestRun.isSupported && !ChildTestRun.isChild))
  func warningsNotPrinted() throws {
    let run = try ChildTestRun.run(test: "probeWarningCapture", probe: "warning")
    #expect(run.status == 0, "child output:\n\(run.output)")
    #expect(run.result == TestGraphs.unknownPortWarning)
    #expect(run.output.contains("probeWarningCapture"))
    #expect(!run.output.contains(TestGraphs.unknownPortWarning))
  }

  @Test(.enabled(if: ChildTestRun.isRunning("missing-plugins")))
  func probeMissingPlugins() throws {
    let error = try #require(throws: GraphvizError.self) {
      try GraphvizEngine.shared.render(dot: TestGraphs.simple, formats: [.svg])
    }
    guard case .layoutUnavailable(let engine, let available, _) = error else {
      Issue.record("expected layoutUnavailable, got \(error)")
      return
    }
    #expect(engine == "dot")
    #expect(available.isEmpty)
    let capabilities = GraphvizEngine.shared.capabilities()
    #expect(!capabilities.isDotLayoutAvailable)
    #expect(capabilities.availableFormats.isEmpty)
    try ChildTestRun.report(error.description)
  }

  @Test(.enabled(if: ChildTestRun.isRunning("warning")))
  func probeWarningCapture() throws {
    let rendering = try GraphvizEngine.shared.render(
      dot: TestGraphs.unknownPort, formats: GraphvizFormat.allCases)
    #expect(rendering.outputs.count == GraphvizFormat.allCases.count)
    try ChildTestRun.report(rendering.warnings.joined(separator: "\n"))
  }
}
