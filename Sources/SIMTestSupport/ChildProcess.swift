import Dispatch
import Foundation

/// Runs a program and collects what it prints, for tests that run simmap as a user would.
///
/// Standard output and standard error are read at the same time, each on its own thread, so a
/// child that fills one pipe while the test reads the other cannot block (a pipe holds 64 KiB).
package enum ChildProcess {
  /// What a run printed and how it ended.
  package struct Output: Sendable {
    /// The exit status.
    package var status: Int32
    /// Standard output, as UTF-8.
    package var stdout: String
    /// Standard error, as UTF-8.
    package var stderr: String
    /// Standard output, as bytes.
    package var stdoutData: Data
  }

  /// Why a run did not finish.
  package struct Timeout: Error, CustomStringConvertible {
    /// The program and its arguments.
    package var command: [String]
    /// The bound that was passed.
    package var seconds: Double

    /// A sentence for the test log.
    package var description: String {
      "hang guard: \(command.joined(separator: " ")) did not finish within \(seconds) s; stopped"
    }
  }

  /// Runs `executable` with `arguments` in `directory`, with `environment` added to this
  /// process's environment, and waits for it.
  ///
  /// - Parameter hangGuard: a generous bound after which the child is stopped and `Timeout`
  ///   thrown, so a hang fails the test instead of stalling the suite; not a speed check.
  package static func run(
    _ executable: URL, _ arguments: [String], in directory: URL? = nil,
    environment extra: [String: String] = [:], hangGuard: Double = 120
  ) throws -> Output {
    try Background(executable, arguments, in: directory, environment: extra)
      .finish(hangGuard: hangGuard)
  }

  /// A child started now and collected later, such as the reader of a FIFO.
  package final class Background: @unchecked Sendable {
    private let process = Process()
    private let finished = DispatchSemaphore(value: 0)
    private let out: PipeReader
    private let err: PipeReader
    private let command: [String]

    /// Starts `executable`; see `ChildProcess.run`.
    package init(
      _ executable: URL, _ arguments: [String], in directory: URL? = nil,
      environment extra: [String: String] = [:]
    ) throws {
      command = [executable.path] + arguments
      process.executableURL = executable
      process.arguments = arguments
      if let directory { process.currentDirectoryURL = directory }
      process.environment = ProcessInfo.processInfo.environment.merging(extra) { $1 }
      let outPipe = Pipe()
      let errPipe = Pipe()
      process.standardOutput = outPipe
      process.standardError = errPipe
      process.standardInput = FileHandle.nullDevice
      process.terminationHandler = { [finished] _ in finished.signal() }
      try process.run()
      out = PipeReader(outPipe.fileHandleForReading)
      err = PipeReader(errPipe.fileHandleForReading)
    }

    /// Waits for the child to end and returns what it printed.
    package func finish(hangGuard: Double = 120) throws -> Output {
      guard finished.wait(timeout: .now() + hangGuard) == .success else {
        process.terminate()
        throw Timeout(command: command, seconds: hangGuard)
      }
      let stdout = out.wait()
      let stderr = err.wait()
      return Output(
        status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
        stderr: String(decoding: stderr, as: UTF8.self), stdoutData: stdout)
    }
  }
}

/// Reads a pipe to its end on a thread of its own.
private final class PipeReader: @unchecked Sendable {
  private var data = Data()
  private let done = DispatchSemaphore(value: 0)

  init(_ handle: FileHandle) {
    Thread.detachNewThread { [self] in
      data = handle.readDataToEndOfFile()
      done.signal()
    }
  }

  /// The bytes read, once the writer has closed the pipe.
  func wait() -> Data {
    done.wait()
    return data
  }
}
