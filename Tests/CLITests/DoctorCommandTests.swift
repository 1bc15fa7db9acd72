import Foundation
import Testing

@Suite("simmap doctor")
struct DoctorCommandTests {
  @Test("reports Graphviz, its engines, formats and the font")
  func healthy() throws {
    let output = try SimmapProcess.run(["doctor"])
    #expect(output.status == 0, "\(output.stderr)")
    #expect(output.stdout.contains("Graphviz:"))
    #expect(output.stdout.contains("Layout engines:") && output.stdout.contains("dot"))
    #expect(output.stdout.contains("Output formats:") && output.stdout.contains("svg"))
    #expect(output.stdout.contains("DejaVu Sans"))
  }

  @Test("a missing plugin registry is reported with the fix, exit status 69")
  func missingPlugins() throws {
    let empty = FileManager.default.temporaryDirectory.appendingPathComponent(
      "gv-empty-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
    let output = try SimmapProcess.run(["doctor"], environment: ["GVBINDIR": empty.path])
    #expect(output.status == 69)
    #expect(output.stderr.contains("dot layout engine is missing"))
    #expect(output.stderr.contains("sudo dot -c"))
    #expect(!output.stderr.contains("Use one of"))
  }
}
