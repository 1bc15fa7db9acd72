import Foundation

/// What a pool and a worker say to each other, as frames of a ``WorkerPipe``.
///
/// A request is two frames: the format names joined by commas, then the DOT text. A response is
/// a frame `ok` followed by the number of outputs, a name and a bytes frame for each, the number
/// of warnings and a frame for each; or a frame `error` followed by the ``GraphvizError`` as
/// JSON.
enum WorkerMessages {
  static func request(dot: String, formats: [GraphvizFormat]) -> [[UInt8]] {
    [Array(formats.map(\.rawValue).joined(separator: ",").utf8), Array(dot.utf8)]
  }

  /// Reads a request; `nil` when the pool closed the pipe between jobs.
  static func readRequest(from pipe: WorkerPipe) throws(WorkerPipe.Failure) -> (
    dot: String, formats: [GraphvizFormat]
  )? {
    let names: [UInt8]
    do {
      names = try pipe.read(until: nil)
    } catch .closed {
      return nil
    }
    let dot = String(decoding: try pipe.read(until: nil), as: UTF8.self)
    let formats = String(decoding: names, as: UTF8.self).split(separator: ",").compactMap {
      GraphvizFormat(rawValue: String($0))
    }
    return (dot, formats)
  }

  static func response(_ result: Result<Rendering, GraphvizError>) -> [[UInt8]] {
    switch result {
    case .success(let rendering):
      let outputs = rendering.outputs.sorted { $0.key.rawValue < $1.key.rawValue }
      var frames: [[UInt8]] = [Array("ok".utf8), Array(String(outputs.count).utf8)]
      for (format, data) in outputs {
        frames += [Array(format.rawValue.utf8), [UInt8](data)]
      }
      frames.append(Array(String(rendering.warnings.count).utf8))
      frames += rendering.warnings.map { Array($0.utf8) }
      return frames
    case .failure(let error):
      let json = (try? JSONEncoder().encode(error)) ?? Data()
      return [Array("error".utf8), [UInt8](json)]
    }
  }

  /// Reads a response, waiting at most until `deadline`.
  static func readResponse(from pipe: WorkerPipe, until deadline: ContinuousClock.Instant?)
    throws(WorkerPipe.Failure) -> Result<Rendering, GraphvizError>
  {
    func text() throws(WorkerPipe.Failure) -> String {
      String(decoding: try pipe.read(until: deadline), as: UTF8.self)
    }
    func number() throws(WorkerPipe.Failure) -> Int {
      guard let count = Int(try text()), (0...1_000_000).contains(count) else {
        throw .malformed
      }
      return count
    }
    switch try text() {
    case "ok":
      var outputs: [GraphvizFormat: Data] = [:]
      for _ in 0..<(try number()) {
        let name = try text()
        let bytes = try pipe.read(until: deadline)
        guard let format = GraphvizFormat(rawValue: name) else { throw .malformed }
        outputs[format] = Data(bytes)
      }
      var warnings: [String] = []
      for _ in 0..<(try number()) {
        warnings.append(try text())
      }
      return .success(Rendering(outputs: outputs, warnings: warnings))
    case "error":
      let json = try pipe.read(until: deadline)
      let error =
        (try? JSONDecoder().decode(GraphvizError.self, from: Data(json)))
        ?? .workerFailed(reason: "sent an error simmap could not read")
      return .failure(error)
    default:
      throw .malformed
    }
  }
}
