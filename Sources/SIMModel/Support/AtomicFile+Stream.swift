import Foundation

#if canImport(Glibc)
  import Glibc
  private let systemWrite = Glibc.write
#elseif canImport(Darwin)
  import Darwin
  private let systemWrite = Darwin.write
#endif

extension AtomicFile {
  /// Writing through what is not a regular file: a device, a pipe, or a stream of this process.
  enum Stream {
    /// Opens `path` for appending (so `-o /dev/stdout >> log` appends) and writes `data`.
    static func write(_ data: Data, to path: String) throws(WriteError) {
      let descriptor = open(path, O_WRONLY | O_APPEND | O_CLOEXEC)
      guard descriptor >= 0 else {
        throw WriteError.failed(path: path, reason: WriteError.reason(errno: errno, path: path))
      }
      var failure = writeAll(data, to: descriptor)
      if close(descriptor) != 0, failure == nil { failure = errno }
      if let failure {
        throw WriteError.failed(path: path, reason: WriteError.reason(errno: failure, path: path))
      }
    }

    /// Writes every byte, retrying after interruptions; returns the error number on failure.
    static func writeAll(_ data: Data, to descriptor: Int32) -> Int32? {
      data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) -> Int32? in
        guard let base = buffer.baseAddress else { return nil }
        var offset = 0
        while offset < buffer.count {
          let count = systemWrite(descriptor, base + offset, buffer.count - offset)
          if count < 0 {
            if errno == EINTR { continue }
            return errno
          }
          offset += count
        }
        return nil
      }
    }
  }
}
