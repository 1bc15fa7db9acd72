import Foundation

/// Graphviz in long-lived worker processes, one job at a time each.
///
/// libgvc 2.42 leaks memory on every render with clusters, and a layout cannot be stopped in
/// process. The pool runs each job in a worker process (the executable started with
/// ``GraphvizWorkerServer/argument``), starts a fresh worker after a number of jobs or when a
/// worker's resident memory passes a limit, kills a worker that has not answered within the
/// timeout, and starts a new one after a crash; only the job in hand fails.
///
/// Jobs from several threads run in parallel, up to ``Configuration/workers`` at once.
public final class GraphvizWorkerPool: GraphvizRendering, @unchecked Sendable {
  /// How a pool starts and recycles its workers.
  public struct Configuration: Sendable {
    /// The executable that serves jobs when given ``arguments``.
    public var executable: String
    /// The arguments that make ``executable`` a worker.
    public var arguments: [String] = [GraphvizWorkerServer.argument]
    /// Variables added to this process's environment for the workers.
    public var environment: [String: String] = [:]
    /// How many workers run at most.
    public var workers: Int
    /// Jobs a worker answers before it is replaced.
    public var rendersPerWorker = 200
    /// Resident memory, in MiB, past which a worker is replaced after its job.
    public var memoryLimitMiB = 256
    /// Seconds a job may take before its worker is killed.
    public var timeout: Double = 60

    /// A configuration running `executable` with `workers` workers.
    public init(executable: String = Self.currentExecutable, workers: Int) {
      self.executable = executable
      self.workers = max(1, workers)
    }

    /// This process's own executable (Linux: `/proc/self/exe`).
    public static var currentExecutable: String {
      (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
        ?? CommandLine.arguments[0]
    }
  }

  /// One place for a worker; empty until the first job and after a worker ends.
  private final class Slot {
    var process: GraphvizWorkerProcess?
  }

  /// How this pool starts and recycles its workers.
  public let configuration: Configuration
  private let condition = NSCondition()
  /// Slots not running a job. Guarded by `condition`.
  private var idle: [Slot]
  /// Every slot, for ``workerProcessIDs`` and ``shutdown()``.
  private let slots: [Slot]

  /// Creates a pool; workers start on first use.
  public init(configuration: Configuration) {
    self.configuration = configuration
    slots = (0..<configuration.workers).map { _ in Slot() }
    idle = slots.reversed()
    signal(SIGPIPE, SIG_IGN)
  }

  deinit {
    shutdown()
  }

  /// Draws `dot` in a worker, stopping it after ``Configuration/timeout`` seconds.
  public func render(dot: String, formats: [GraphvizFormat]) throws(GraphvizError) -> Rendering {
    try render(dot: dot, formats: formats, timeout: configuration.timeout)
  }

  /// Draws `dot` in a worker, stopping it after `timeout` seconds.
  public func render(dot: String, formats: [GraphvizFormat], timeout: Double)
    throws(GraphvizError) -> Rendering
  {
    let slot = checkOut()
    defer { checkIn(slot) }
    if slot.process?.hasEnded == true { slot.process = nil }
    let process: GraphvizWorkerProcess
    if let running = slot.process {
      process = running
    } else {
      process = try GraphvizWorkerProcess(
        executable: configuration.executable, arguments: configuration.arguments,
        environment: configuration.environment)
      slot.process = process
    }
    let deadline = ContinuousClock.now + .milliseconds(Int64(clamping: Int64(timeout * 1000)))
    let result = process.render(
      dot: dot, formats: formats, deadline: deadline, timeout: timeout)
    if process.hasEnded || isWornOut(process) {
      process.stop()
      slot.process = nil
    }
    return try result.get()
  }

  /// The process ids of the workers running now, in slot order.
  public var workerProcessIDs: [Int32] {
    condition.lock()
    defer { condition.unlock() }
    return slots.compactMap { $0.process?.pid }
  }

  /// Stops every idle worker. Call when no job is running; the pool starts workers again on the
  /// next job.
  public func shutdown() {
    condition.lock()
    defer { condition.unlock() }
    for slot in idle {
      slot.process?.stop()
      slot.process = nil
    }
  }

  private func isWornOut(_ process: GraphvizWorkerProcess) -> Bool {
    if process.renders >= configuration.rendersPerWorker { return true }
    guard let bytes = process.residentBytes else { return false }
    return bytes > configuration.memoryLimitMiB << 20
  }

  private func checkOut() -> Slot {
    condition.lock()
    defer { condition.unlock() }
    while idle.isEmpty { condition.wait() }
    return idle.removeLast()
  }

  private func checkIn(_ slot: Slot) {
    condition.lock()
    idle.append(slot)
    condition.signal()
    condition.unlock()
  }
}
