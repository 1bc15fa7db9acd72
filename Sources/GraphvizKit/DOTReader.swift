import CGraphviz

/// The input channel handed to `agread`: DOT text in memory, read front to back.
struct DOTReader {
  /// The UTF-8 text, or `nil` for empty input.
  let bytes: UnsafePointer<CChar>?
  /// The number of bytes in `bytes`.
  let count: Int
  /// How many bytes cgraph has read so far.
  var offset = 0

  /// Runs cgraph's parser over `count` bytes at `bytes` with `discipline`.
  static func read(
    _ bytes: UnsafePointer<CChar>?, count: Int, discipline: UnsafeMutablePointer<Agdisc_t>
  ) -> UnsafeMutablePointer<Agraph_t>? {
    var reader = DOTReader(bytes: bytes, count: count)
    return withUnsafeMutablePointer(to: &reader) { agread($0, discipline) }
  }

  /// cgraph's `afread`: copies up to `size` bytes into `buffer`; returns 0 at the end.
  static let read:
    @convention(c) (UnsafeMutableRawPointer?, UnsafeMutablePointer<CChar>?, Int32)
      -> Int32 = { channel, buffer, size in
        guard let channel, let buffer, size > 0 else { return 0 }
        let reader = channel.assumingMemoryBound(to: DOTReader.self)
        let count = min(Int(size), reader.pointee.count - reader.pointee.offset)
        guard count > 0, let bytes = reader.pointee.bytes else { return 0 }
        buffer.update(from: bytes + reader.pointee.offset, count: count)
        reader.pointee.offset += count
        return Int32(count)
      }
}
