import Foundation

/// The fuzzer's callback: one input through the pipeline; a finding stops the run.
enum FuzzEntry {
  /// How often an input also goes through Graphviz and the report (1 in N), from
  /// `SIMMAP_FUZZ_RENDER_EVERY`; libgvc is slow and leaks a little per layout, so not every input.
  static let pipeline = FuzzPipeline(
    renderEvery: ProcessInfo.processInfo.environment["SIMMAP_FUZZ_RENDER_EVERY"].flatMap(Int.init)
      ?? 64)

  static func run(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> Int32 {
    guard let bytes else { return 0 }
    let findings = pipeline.run(Data(bytes: bytes, count: count))
    guard findings.isEmpty else {
      for finding in findings {
        FileHandle.standardError.write(Data("simmap-fuzz: \(finding)\n".utf8))
      }
      // A finding is a bug: stop here so libFuzzer saves the input as a crash file.
      abort()
    }
    return 0
  }
}
