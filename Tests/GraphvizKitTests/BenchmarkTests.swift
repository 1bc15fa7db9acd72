import Foundation
import GraphvizKit
import Testing

/// A rough in-process versus `dot -Tsvg` subprocess timing; run with `GRAPHVIZKIT_BENCHMARK=1`.
@Suite struct BenchmarkTests {
  private static var isEnabled: Bool {
    ProcessInfo.processInfo.environment["GRAPHVIZKIT_BENCHMARK"] == "1"
  }

  @Test("times in-process SVG against a dot subprocess", .enabled(if: isEnabled))
  func inProcessVersusSubprocess() throws {
    let dot = TestGraphs.fiftyNodes
    var inProcessSVG = Data()
    var subprocessSVG = Data()
    _ = try GraphvizEngine.shared.render(dot: dot, formats: [.svg])
    let inProcess = try Self.milliseconds(per: 300) {
      inProcessSVG = try #require(try GraphvizEngine.shared.render(dot: dot, formats: [.svg])[.svg])
    }
    let subprocess = try Self.milliseconds(per: 50) {
      subprocessSVG = try Self.runDot(dot)
    }
    print(
      "GraphvizKit benchmark (50-node clustered graph, SVG): in-process "
        + "\(String(format: "%.2f", inProcess)) ms/render; dot subprocess "
        + "\(String(format: "%.2f", subprocess)) ms/render")
    #expect(OutputCheck.isSVG(inProcessSVG))
    #expect(OutputCheck.isSVG(subprocessSVG))
    #expect(inProcess < subprocess)
  }

  private static func milliseconds(per runs: Int, _ body: () throws -> Void) rethrows -> Double {
    let start = ContinuousClock.now
    for _ in 0..<runs { try body() }
    let elapsed = ContinuousClock.now - start
    let seconds =
      Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    return seconds * 1000 / Double(runs)
  }

  private static func runDot(_ dot: String) throws -> Data {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["dot", "-Tsvg"]
    let input = Pipe()
    let output = Pipe()
    process.standardInput = input
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    try process.run()
    input.fileHandleForWriting.write(Data(dot.utf8))
    try input.fileHandleForWriting.close()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return data
  }
}
