import Foundation
import GraphvizKit

/// Pools whose workers are the `simmap` binary built next to this test bundle.
enum WorkerPools {
  /// Test-only variables the worker reads (see `GraphvizWorkerServer`).
  static let abortHook = "SIMMAP_TEST_WORKER_ABORT_ON"
  static let sleepHook = "SIMMAP_TEST_WORKER_SLEEP_ON"

  /// The `simmap` executable built beside this test bundle.
  static var simmap: String {
    URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
      .deletingLastPathComponent().appendingPathComponent("simmap").path
  }

  static func make(
    workers: Int = 1, rendersPerWorker: Int = 200, timeout: Double = 60,
    environment: [String: String] = [:]
  ) -> GraphvizWorkerPool {
    var configuration = GraphvizWorkerPool.Configuration(executable: simmap, workers: workers)
    configuration.rendersPerWorker = rendersPerWorker
    configuration.timeout = timeout
    // A deliberate crash needs no backtrace in the test log.
    configuration.environment = environment.merging(["SWIFT_BACKTRACE": "enable=no"]) { $1 }
    return GraphvizWorkerPool(configuration: configuration)
  }
}
