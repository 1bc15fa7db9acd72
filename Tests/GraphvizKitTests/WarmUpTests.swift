import Foundation
import GraphvizKit
import Testing

extension GraphvizEngineSuites {
  @Suite struct WarmUpTests {
    @Test("a render after a warm-up on another thread gives the same SVG as one before it")
    func sameOutputAfterWarmUp() throws {
      let engine = GraphvizEngine.shared
      let before = try #require(try engine.render(dot: TestGraphs.clustered, formats: [.svg])[.svg])
      engine.warmUp().wait()
      let after = try #require(try engine.render(dot: TestGraphs.clustered, formats: [.svg])[.svg])
      #expect(OutputCheck.isSVG(after))
      #expect(after == before)
    }

    @Test("waiting on a finished warm-up returns, however many times")
    func waitTwice() {
      let warmUp = GraphvizEngine.shared.warmUp()
      warmUp.wait()
      warmUp.wait()
    }
  }
}
