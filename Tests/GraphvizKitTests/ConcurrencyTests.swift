import Foundation
import GraphvizKit
import Testing

extension GraphvizEngineSuites {
  @Suite struct ConcurrencyTests {
    @Test("renders from 8 concurrent tasks × 50 renders without crashing")
    func concurrentRenders() async throws {
      let tasks = 8
      let rendersPerTask = 50
      let graphs = [TestGraphs.simple, TestGraphs.clustered, TestGraphs.unknownPort]
      let results = await withTaskGroup(of: [Result<Rendering, GraphvizError>].self) { group in
        for task in 0..<tasks {
          group.addTask {
            (0..<rendersPerTask).map { index in
              let dot = graphs[(task + index) % graphs.count]
              return Result { () throws(GraphvizError) -> Rendering in
                try GraphvizEngine.shared.render(dot: dot, formats: [.svg, .json])
              }
            }
          }
        }
        return await group.reduce(into: []) { $0 += $1 }
      }
      #expect(results.count == tasks * rendersPerTask)
      var valid = 0
      for result in results {
        let rendering = try result.get()
        if let svg = rendering[.svg], let json = rendering[.json], OutputCheck.isSVG(svg),
          OutputCheck.isJSONObject(json)
        {
          valid += 1
        }
      }
      #expect(valid == tasks * rendersPerTask)
    }

    @Test("keeps each job's warnings with that job under concurrency")
    func warningsStayWithTheirJob() async throws {
      let outcomes = await withTaskGroup(of: (Bool, [String]).self) { group in
        for index in 0..<100 {
          group.addTask {
            let warns = index % 2 == 0
            let dot = warns ? TestGraphs.unknownPort : TestGraphs.simple
            let warnings = (try? GraphvizEngine.shared.render(dot: dot, formats: [.svg]))?
              .warnings
            return (warns, warnings ?? ["render failed"])
          }
        }
        return await group.reduce(into: []) { $0.append($1) }
      }
      #expect(outcomes.count == 100)
      for (warns, warnings) in outcomes {
        let expected = warns ? [TestGraphs.unknownPortWarning] : []
        #expect(warnings == expected)
      }
    }
  }
}
