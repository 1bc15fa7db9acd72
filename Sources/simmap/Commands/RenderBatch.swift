import Foundation
import GraphvizKit

/// Draws many pictures on several threads, each job through `renderer`, and hands the results
/// back in the order of the pictures, on the calling thread.
struct RenderBatch {
  /// Draws the pictures.
  let renderer: any GraphvizRendering
  /// The format every picture is drawn in.
  let format: GraphvizFormat
  /// How many jobs run at once; 1 runs them on the calling thread.
  let threads: Int

  /// Draws each of `dots`, calling `deliver` with its index and result, in index order.
  ///
  /// When `deliver` throws, no further job starts; the error is rethrown once the jobs in hand
  /// have finished.
  func run(
    _ dots: [String], deliver: (Int, Result<Rendering, GraphvizError>) throws -> Void
  ) throws {
    let renderer = renderer
    let format = format
    let draw = { @Sendable (dot: String) in
      Result { () throws(GraphvizError) -> Rendering in
        try renderer.render(dot: dot, formats: [format])
      }
    }
    guard threads > 1, dots.count > 1 else {
      for (index, dot) in dots.enumerated() {
        try deliver(index, draw(dot))
      }
      return
    }
    let state = BatchState(count: dots.count)
    for _ in 0..<min(threads, dots.count) {
      state.started()
      Thread {
        while let index = state.nextJob() {
          state.finish(index, with: draw(dots[index]))
        }
        state.stopped()
      }.start()
    }
    defer { state.cancelAndWait() }
    for index in dots.indices {
      try deliver(index, state.result(index))
    }
  }
}

/// The shared state of a ``RenderBatch``'s threads, guarded by one condition.
private final class BatchState: @unchecked Sendable {
  private let condition = NSCondition()
  private var results: [Result<Rendering, GraphvizError>?]
  private var next = 0
  private var running = 0
  private var isCancelled = false

  init(count: Int) {
    results = Array(repeating: nil, count: count)
  }

  func started() {
    condition.lock()
    running += 1
    condition.unlock()
  }

  func stopped() {
    condition.lock()
    running -= 1
    condition.broadcast()
    condition.unlock()
  }

  /// The next picture to draw, or nil when all are taken or the batch was cancelled.
  func nextJob() -> Int? {
    condition.lock()
    defer { condition.unlock() }
    guard !isCancelled, next < results.count else { return nil }
    next += 1
    return next - 1
  }

  func finish(_ index: Int, with result: Result<Rendering, GraphvizError>) {
    condition.lock()
    results[index] = result
    condition.broadcast()
    condition.unlock()
  }

  /// Waits for the result of picture `index` and hands it over.
  func result(_ index: Int) -> Result<Rendering, GraphvizError> {
    condition.lock()
    defer { condition.unlock() }
    while true {
      if let result = results[index] {
        results[index] = nil
        return result
      }
      condition.wait()
    }
  }

  /// Starts no more jobs and waits for the threads to finish those in hand.
  func cancelAndWait() {
    condition.lock()
    defer { condition.unlock() }
    isCancelled = true
    while running > 0 { condition.wait() }
  }
}
