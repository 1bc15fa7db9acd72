import Foundation

/// Length-prefixed frames over a file descriptor, the framing between a
/// ``GraphvizWorkerPool`` and its workers.
///
/// A frame is its length as 4 bytes, little-endian, then that many bytes.
struct WorkerPipe {
  /// Why a read or write did not complete.
  enum Failure: Error {
    /// The other end closed the pipe.
    case closed
    /// The deadline passed before the frame arrived.
    case timedOut
    /// A frame announced more bytes than any picture has.
    case oversized(Int)
    /// The bytes do not follow the protocol.
    case malformed
    /// The system call failed with `errno`.
    case system(Int32)
  }

  /// The largest frame accepted: far above any picture, well below a corrupt length.
  static let maximumFrame = 1 << 30

  let descriptor: Int32

  /// Writes `frames`, each with its length prefix, in one go.
  func write(_ frames: [[UInt8]]) throws(Failure) {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(frames.reduce(0) { $0 + 4 + $1.count })
    for frame in frames {
      let count = UInt32(frame.count)
      bytes += [UInt8(count & 0xFF), UInt8(count >> 8 & 0xFF), UInt8(count >> 16 & 0xFF)]
      bytes.append(UInt8(count >> 24 & 0xFF))
      bytes += frame
    }
    var offset = 0
    while offset < bytes.count {
      let written = bytes.withUnsafeBytes { buffer in
        buffer.baseAddress.map { Foundation.write(descriptor, $0 + offset, buffer.count - offset) }
          ?? 0
      }
      if written < 0 {
        if errno == EINTR { continue }
        throw errno == EPIPE ? .closed : .system(errno)
      }
      offset += written
    }
  }

  /// Reads one frame, waiting at most until `deadline` (forever when `nil`).
  func read(until deadline: ContinuousClock.Instant?) throws(Failure) -> [UInt8] {
    let header = try read(count: 4, until: deadline)
    let count = header.reversed().reduce(0) { $0 << 8 | Int($1) }
    guard count <= Self.maximumFrame else { throw .oversized(count) }
    return try read(count: count, until: deadline)
  }

  private func read(count: Int, until deadline: ContinuousClock.Instant?) throws(Failure)
    -> [UInt8]
  {
    var bytes = [UInt8](repeating: 0, count: count)
    var offset = 0
    while offset < count {
      try wait(until: deadline)
      let got = bytes.withUnsafeMutableBytes { buffer in
        buffer.baseAddress.map { Foundation.read(descriptor, $0 + offset, count - offset) } ?? 0
      }
      if got < 0 {
        if errno == EINTR || errno == EAGAIN { continue }
        throw .system(errno)
      }
      if got == 0 { throw .closed }
      offset += got
    }
    return bytes
  }

  /// Returns when the descriptor has something to read (or has closed), or throws at `deadline`.
  private func wait(until deadline: ContinuousClock.Instant?) throws(Failure) {
    guard let deadline else { return }
    while true {
      let left = ContinuousClock.now.duration(to: deadline)
      let milliseconds = max(
        0, left.components.seconds * 1000 + left.components.attoseconds / 1_000_000_000_000_000)
      var entry = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
      let ready = poll(&entry, 1, Int32(clamping: milliseconds))
      if ready > 0 { return }
      if ready < 0 && errno != EINTR { throw .system(errno) }
      if ready == 0 && milliseconds == 0 { throw .timedOut }
      if ready == 0 && ContinuousClock.now >= deadline { throw .timedOut }
    }
  }
}
