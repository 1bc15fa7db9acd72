import Foundation

/// The loop a worker process runs: it reads jobs from standard input, draws each with the
/// in-process ``GraphvizEngine`` and answers on standard output, until standard input closes.
///
/// `simmap __graphviz-worker` runs this; a ``GraphvizWorkerPool`` starts it and talks to it.
public enum GraphvizWorkerServer {
  /// The hidden argument that makes the executable a worker.
  public static let argument = "__graphviz-worker"

  /// Test-only: a worker aborts on a job whose DOT contains this variable's value.
  package static let abortHook = "SIMMAP_TEST_WORKER_ABORT_ON"
  /// Test-only: a worker sleeps for an hour on a job whose DOT contains this variable's value.
  package static let sleepHook = "SIMMAP_TEST_WORKER_SLEEP_ON"

  /// Serves jobs until standard input closes.
  /// - Returns: The exit status for the process: 0 when the pool closed the pipe, 1 when a
  ///   read or write failed.
  public static func run() -> Int32 {
    signal(SIGPIPE, SIG_IGN)
    // Answers go to a private copy of standard output; anything a library prints on standard
    // output goes to standard error instead, so it cannot break the framing.
    let answers = dup(STDOUT_FILENO)
    guard answers >= 0, dup2(STDERR_FILENO, STDOUT_FILENO) >= 0 else { return 1 }
    let input = WorkerPipe(descriptor: STDIN_FILENO)
    let output = WorkerPipe(descriptor: answers)
    let environment = ProcessInfo.processInfo.environment
    let abortOn = environment[abortHook].flatMap { $0.isEmpty ? nil : $0 }
    let sleepOn = environment[sleepHook].flatMap { $0.isEmpty ? nil : $0 }
    while true {
      do {
        guard let job = try WorkerMessages.readRequest(from: input) else { return 0 }
        if let abortOn, job.dot.contains(abortOn) { abort() }
        if let sleepOn, job.dot.contains(sleepOn) { sleep(3600) }
        let result = Result { () throws(GraphvizError) -> Rendering in
          try GraphvizEngine.shared.render(dot: job.dot, formats: job.formats)
        }
        try output.write(WorkerMessages.response(result))
      } catch {
        return 1
      }
    }
  }
}
