import Foundation
import GraphvizKit
import Testing

extension GraphvizEngineSuites {
  /// RSS growth over many renders in one process, read from `/proc/self/statm`.
  @Suite(.enabled(if: ResidentMemory.isSupported)) struct MemoryTests {
    /// Renders `dot` to SVG `chunks` × `chunkSize` times after a warm-up.
    /// - Returns: RSS growth in bytes per render for each chunk, and the total time.
    private func growthPerRender(of dot: String, chunks: Int, chunkSize: Int) throws
      -> (perChunk: [Int], seconds: Double)
    {
      for _ in 0..<200 {
        _ = try GraphvizEngine.shared.render(dot: dot, formats: [.svg])
      }
      var growth: [Int] = []
      let start = ContinuousClock.now
      for _ in 0..<chunks {
        let before = try #require(ResidentMemory.current())
        for _ in 0..<chunkSize {
          let rendering = try GraphvizEngine.shared.render(dot: dot, formats: [.svg])
          try #require(rendering[.svg]?.isEmpty == false)
        }
        growth.append((try #require(ResidentMemory.current()) - before) / chunkSize)
      }
      let elapsed = ContinuousClock.now - start
      let seconds =
        Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
      return (growth, seconds)
    }

    @Test("keeps RSS growth bounded over 10,000 clustered renders (2.42 cluster leak)")
    func clusteredRenders() throws {
      let measured = try growthPerRender(of: TestGraphs.clustered, chunks: 10, chunkSize: 1_000)
      let perRender = measured.perChunk.reduce(0, +) / measured.perChunk.count
      print(
        "GraphvizKit memory: 10000 clustered SVG renders grew RSS by \(perRender) bytes/render "
          + "in \(String(format: "%.2f", measured.seconds)) s "
          + "(\(String(format: "%.3f", measured.seconds / 10)) ms/render)")
      #expect(perRender < 48 * 1024)
    }

    @Test("leaks (next to) nothing per render for a graph without clusters")
    func unclusteredRenders() throws {
      let measured = try growthPerRender(of: TestGraphs.unclustered, chunks: 8, chunkSize: 250)
      // The median chunk ignores one-off growth from other tests running in this process,
      // while a real leak (e.g. an unfreed 9 KB SVG buffer) shows up in every chunk.
      let median = measured.perChunk.sorted()[measured.perChunk.count / 2]
      print(
        "GraphvizKit memory: 2000 unclustered SVG renders grew RSS by \(median) bytes/render "
          + "(median of chunks \(measured.perChunk))")
      #expect(median < 2 * 1024)
    }
  }
}
