import Foundation

/// Reads this process's resident set size from `/proc/self/statm` (Linux only).
enum ResidentMemory {
  /// Whether RSS can be read on this platform.
  static var isSupported: Bool {
    FileManager.default.fileExists(atPath: "/proc/self/statm")
  }

  /// Resident bytes now, or `nil` where `/proc/self/statm` does not exist.
  static func current() -> Int? {
    guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else {
      return nil
    }
    let fields = text.split(separator: " ")
    guard fields.count > 1, let pages = Int(fields[1]) else { return nil }
    return pages * sysconf(Int32(_SC_PAGESIZE))
  }
}
