import Foundation
import GraphvizKit
import Testing

extension GraphvizEngineSuites {
  /// The worker pool draws what the in-process engine draws, and survives crashes, runaway
  /// layouts and recycling. Each test has a generous time limit as a hang guard only.
  @Suite(.timeLimit(.minutes(2))) struct WorkerPoolTests {
    @Test(
      "a worker's outputs and warnings are byte-identical to the in-process engine's",
      arguments: [TestGraphs.clustered, TestGraphs.unknownPort, TestGraphs.fiftyNodes])
    func identical(dot: String) throws {
      let pool = WorkerPools.make()
      let formats: [GraphvizFormat] = [.svg, .json, .png]
      let inProcess = try GraphvizEngine.shared.render(dot: dot, formats: formats)
      let worker = try pool.render(dot: dot, formats: formats)
      #expect(worker == inProcess)
    }

    @Test("a worker reports a Graphviz error as the engine does, and stays up")
    func graphvizError() throws {
      let pool = WorkerPools.make()
      let inProcess = #expect(throws: GraphvizError.self) {
        try GraphvizEngine.shared.render(dot: TestGraphs.invalid, formats: [.svg])
      }
      let worker = #expect(throws: GraphvizError.self) {
        try pool.render(dot: TestGraphs.invalid, formats: [.svg])
      }
      #expect(worker == inProcess)
      let pid = try #require(pool.workerProcessIDs.first)
      _ = try pool.render(dot: TestGraphs.simple, formats: [.svg])
      #expect(pool.workerProcessIDs == [pid])
    }

    @Test("a worker that crashes fails its job with a clear error, and the next job succeeds")
    func crash() throws {
      let pool = WorkerPools.make(environment: [WorkerPools.abortHook: "CRASH_HERE"])
      let crashing = TestGraphs.simple + "\n// CRASH_HERE\n"
      let error = try #require(throws: GraphvizError.self) {
        try pool.render(dot: crashing, formats: [.svg])
      }
      #expect(error == .workerFailed(reason: "stopped while drawing (signal 6, Aborted)"))
      #expect(error.description.contains("the Graphviz worker process stopped while drawing"))
      let next = try pool.render(dot: TestGraphs.simple, formats: [.svg])
      #expect(next[.svg] != nil)
    }

    @Test("a worker killed between jobs is replaced before the next job")
    func killedWhileIdle() throws {
      let pool = WorkerPools.make()
      _ = try pool.render(dot: TestGraphs.simple, formats: [.svg])
      let pid = try #require(pool.workerProcessIDs.first)
      #expect(kill(pid, SIGKILL) == 0)
      // Wait until the process is a zombie (the pool reaps it), without reaping it here.
      while let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
        !stat.contains(") Z ")
      {
        usleep(10_000)
      }
      let next = try pool.render(dot: TestGraphs.simple, formats: [.svg])
      #expect(next[.svg] != nil)
      #expect(pool.workerProcessIDs.first != pid)
    }

    @Test("a runaway layout is stopped at the timeout and the pool recovers")
    func timeout() throws {
      let pool = WorkerPools.make(timeout: 1, environment: [WorkerPools.sleepHook: "SLEEP_HERE"])
      _ = try pool.render(dot: TestGraphs.simple, formats: [.svg])
      let pid = try #require(pool.workerProcessIDs.first)
      let error = try #require(throws: GraphvizError.self) {
        try pool.render(dot: TestGraphs.simple + "\n// SLEEP_HERE\n", formats: [.svg])
      }
      #expect(error == .timedOut(seconds: 1))
      #expect(error.description.contains("Graphviz did not finish drawing the picture within 1 s"))
      #expect(kill(pid, 0) != 0, "the runaway worker was killed")
      let next = try pool.render(dot: TestGraphs.simple, formats: [.svg])
      #expect(next[.svg] != nil)
    }

    @Test("a worker is replaced after its number of renders")
    func recycling() throws {
      let pool = WorkerPools.make(rendersPerWorker: 3)
      var pids: [Int32] = []
      for _ in 0..<4 {
        _ = try pool.render(dot: TestGraphs.simple, formats: [.svg])
        pids += pool.workerProcessIDs
      }
      // Renders 1 and 2 leave the first worker running; the third retires it; the fourth
      // starts a new one.
      #expect(pids.count == 3)
      #expect(pids[0] == pids[1])
      #expect(pids[2] != pids[0])
    }

    @Test("jobs from several threads through two workers each get their own picture")
    func parallel() async throws {
      let pool = WorkerPools.make(workers: 2)
      let graphs = (0..<8).map {
        TestGraphs.chainedClusters(clusters: 2, nodesPerCluster: 2 + $0, name: "g\($0)")
      }
      let expected = try graphs.map { try GraphvizEngine.shared.render(dot: $0, formats: [.svg]) }
      let results = try await withThrowingTaskGroup(of: (Int, Rendering).self) { group in
        for (index, dot) in graphs.enumerated() {
          group.addTask { (index, try pool.render(dot: dot, formats: [.svg])) }
        }
        var results: [Int: Rendering] = [:]
        for try await (index, rendering) in group { results[index] = rendering }
        return results
      }
      for index in graphs.indices {
        #expect(results[index] == expected[index])
      }
      #expect(pool.workerProcessIDs.count <= 2)
    }
  }
}
