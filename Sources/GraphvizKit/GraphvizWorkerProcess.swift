import Foundation

/// One worker process and the two pipes to it, started with `posix_spawn`.
///
/// Used by one job at a time; ``GraphvizWorkerPool`` hands it out.
final class GraphvizWorkerProcess {
  let pid: pid_t
  /// Jobs this process has answered.
  private(set) var renders = 0
  private let requests: WorkerPipe
  private let responses: WorkerPipe
  private var isRunning = true

  /// Starts `executable` with `arguments`, this process's environment plus `environment`.
  init(executable: String, arguments: [String], environment: [String: String])
    throws(GraphvizError)
  {
    // Pipes are made close-on-exec and the worker started under one lock, so no other worker
    // inherits an end of these pipes (which would keep this worker's input open).
    Self.spawnLock.lock()
    defer { Self.spawnLock.unlock() }
    var toChild: [Int32] = [0, 0]
    var fromChild: [Int32] = [0, 0]
    guard Self.makePipe(&toChild) else {
      throw .workerFailed(reason: "could not be started (pipe: \(Self.text(errno)))")
    }
    guard Self.makePipe(&fromChild) else {
      close(toChild[0])
      close(toChild[1])
      throw .workerFailed(reason: "could not be started (pipe: \(Self.text(errno)))")
    }
    defer {
      close(toChild[0])
      close(fromChild[1])
    }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_adddup2(&actions, toChild[0], STDIN_FILENO)
    posix_spawn_file_actions_adddup2(&actions, fromChild[1], STDOUT_FILENO)
    let merged = ProcessInfo.processInfo.environment.merging(environment) { $1 }
    let argv = ([executable] + arguments).map { strdup($0) } + [nil]
    let envp = merged.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer {
      argv.forEach { free($0) }
      envp.forEach { free($0) }
    }
    var child: pid_t = 0
    let status = posix_spawn(&child, executable, &actions, nil, argv, envp)
    guard status == 0 else {
      close(toChild[1])
      close(fromChild[0])
      throw .workerFailed(reason: "could not be started (\(executable): \(Self.text(status)))")
    }
    pid = child
    requests = WorkerPipe(descriptor: toChild[1])
    responses = WorkerPipe(descriptor: fromChild[0])
  }

  deinit {
    stop()
  }

  /// Sends one job and waits for its answer until `deadline`.
  ///
  /// When the worker dies, answers nonsense or misses the deadline, it is killed and the job
  /// fails; the caller must not use this process again.
  func render(
    dot: String, formats: [GraphvizFormat], deadline: ContinuousClock.Instant,
    timeout: Double
  ) -> Result<Rendering, GraphvizError> {
    do {
      try requests.write(WorkerMessages.request(dot: dot, formats: formats))
      let result = try WorkerMessages.readResponse(from: responses, until: deadline)
      renders += 1
      return result
    } catch .timedOut {
      stop(killing: true)
      return .failure(.timedOut(seconds: timeout))
    } catch {
      let ending = stop(killing: true)
      let what: String
      switch error {
      case .closed: what = "stopped while drawing (\(ending))"
      case .system(let code): what = "could not be reached (\(Self.text(code)))"
      default: what = "answered something simmap could not read"
      }
      return .failure(.workerFailed(reason: what))
    }
  }

  /// Whether the process has ended on its own (killed or crashed between jobs).
  var hasEnded: Bool {
    guard isRunning else { return true }
    var status: Int32 = 0
    if waitpid(pid, &status, WNOHANG) == pid {
      isRunning = false
      close(requests.descriptor)
      close(responses.descriptor)
      return true
    }
    return false
  }

  /// The process's resident memory in bytes, from `/proc/PID/statm`.
  var residentBytes: Int? {
    guard let text = try? String(contentsOfFile: "/proc/\(pid)/statm", encoding: .utf8) else {
      return nil
    }
    let fields = text.split(separator: " ")
    guard fields.count > 1, let pages = Int(fields[1]) else { return nil }
    return pages * sysconf(Int32(_SC_PAGESIZE))
  }

  /// Ends the process: closes its input so it exits, or kills it, then reaps it.
  /// - Returns: How it ended, in words.
  @discardableResult
  func stop(killing: Bool = false) -> String {
    guard isRunning else { return "already ended" }
    isRunning = false
    close(requests.descriptor)
    if killing { kill(pid, SIGKILL) }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
    close(responses.descriptor)
    return Self.ending(status)
  }

  private static let spawnLock = NSLock()

  /// A pipe whose ends are closed in any child process that is not given them explicitly.
  private static func makePipe(_ ends: inout [Int32]) -> Bool {
    guard pipe(&ends) == 0 else { return false }
    for end in ends { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
    return true
  }

  /// `exit status 3` or `signal 6, Aborted` from a `waitpid` status.
  private static func ending(_ status: Int32) -> String {
    let signal = status & 0x7F
    if signal == 0 { return "exit status \((status >> 8) & 0xFF)" }
    return "signal \(signal), \(String(cString: strsignal(signal)))"
  }

  private static func text(_ code: Int32) -> String {
    String(cString: strerror(code))
  }
}
