import Foundation
import GraphvizKit

/// `simmap-bench --workers RENDERS DOT [SIMMAP]`: Graphviz in worker processes, as figures.
///
/// First memory: RENDERS renders of DOT from two threads through a pool of two workers (the
/// defaults: a worker is replaced after 200 renders or 256 MiB), printing the resident memory
/// of this process and of the workers as it goes. Then the cost of one picture: in process,
/// through a warm worker, and through a new pool (start-up included).
enum WorkerCheck {
  static func run(renders: Int, dotPath: String, simmap: String) throws {
    let dot = try String(contentsOfFile: dotPath, encoding: .utf8)
    print("simmap-bench --workers: \(dotPath), \(renders) SVG renders, workers \(simmap)")
    try memory(dot: dot, renders: renders, simmap: simmap)
    try latency(dot: dot, simmap: simmap)
  }

  private static func memory(dot: String, renders: Int, simmap: String) throws {
    let pool = GraphvizWorkerPool(configuration: .init(executable: simmap, workers: 2))
    let chunk = max(2, renders / 10)
    print("")
    print("| renders | this process RSS (MiB) | workers' RSS now (MiB) | workers started |")
    print("|---:|---:|---:|---:|")
    var seen: Set<Int32> = []
    var done = 0
    let start = ContinuousClock.now
    while done < renders {
      DispatchQueue.concurrentPerform(iterations: 2) { _ in
        for _ in 0..<(chunk / 2) {
          _ = try? pool.render(dot: dot, formats: [.svg])
        }
      }
      done += chunk / 2 * 2
      let pids = pool.workerProcessIDs
      seen.formUnion(pids)
      let workers = pids.map { mebibytes(statm(pid: $0)) }
      print(
        "| \(done) | \(mebibytes(MemoryCheck.residentBytes())) | "
          + "\(workers.joined(separator: ", ")) | \(seen.count) |")
    }
    let elapsed = ContinuousClock.now - start
    print("")
    print("\(done) renders in \(elapsed) (\(elapsed / done) per render, two workers)")
    pool.shutdown()
  }

  private static func latency(dot: String, simmap: String) throws {
    let rounds = 100
    func median(_ body: () throws -> Void) rethrows -> Duration {
      var times: [Duration] = []
      for _ in 0..<rounds {
        let start = ContinuousClock.now
        try body()
        times.append(ContinuousClock.now - start)
      }
      return times.sorted()[rounds / 2]
    }
    let pool = GraphvizWorkerPool(configuration: .init(executable: simmap, workers: 1))
    for _ in 0..<10 {
      _ = try pool.render(dot: dot, formats: [.svg])
      _ = try GraphvizEngine.shared.render(dot: dot, formats: [.svg])
    }
    let worker = try median { _ = try pool.render(dot: dot, formats: [.svg]) }
    let inProcess = try median { _ = try GraphvizEngine.shared.render(dot: dot, formats: [.svg]) }
    var cold: [Duration] = []
    for _ in 0..<10 {
      let fresh = GraphvizWorkerPool(configuration: .init(executable: simmap, workers: 1))
      let start = ContinuousClock.now
      _ = try fresh.render(dot: dot, formats: [.svg])
      cold.append(ContinuousClock.now - start)
      fresh.shutdown()
    }
    print("")
    print("One SVG, median of \(rounds) (new pool: of 10):")
    print("| path | time |")
    print("|---|---:|")
    print("| in process (warm context) | \(milliseconds(inProcess)) ms |")
    print("| through a warm worker | \(milliseconds(worker)) ms |")
    print(
      "| through a new pool (start a worker, then draw) | \(milliseconds(cold.sorted()[5])) ms |")
  }

  private static func statm(pid: Int32) -> Int {
    guard let text = try? String(contentsOfFile: "/proc/\(pid)/statm", encoding: .utf8) else {
      return 0
    }
    let fields = text.split(separator: " ")
    guard fields.count > 1, let pages = Int(fields[1]) else { return 0 }
    return pages * sysconf(Int32(_SC_PAGESIZE))
  }

  private static func mebibytes(_ bytes: Int) -> String {
    String(format: "%.1f", Double(bytes) / 1_048_576)
  }

  private static func milliseconds(_ duration: Duration) -> String {
    let (seconds, attoseconds) = duration.components
    return String(format: "%.2f", Double(seconds) * 1000 + Double(attoseconds) / 1e15)
  }
}
