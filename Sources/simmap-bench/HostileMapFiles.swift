import Foundation
import SIMTestSupport

/// `simmap-bench --hostile DIR`: writes the hostile maps of `HostileMaps` into DIR, so the
/// commands a user runs can be timed on them (docs/performance.md, "Bounded on hostile maps").
enum HostileMapFiles {
  static func write(to folder: String) throws {
    try FileManager.default.createDirectory(
      atPath: folder, withIntermediateDirectories: true)
    for hostile in HostileMaps.all {
      let path = (folder as NSString).appendingPathComponent(hostile.name + ".yaml")
      try hostile.text.write(toFile: path, atomically: true, encoding: .utf8)
      print("\(path)  \(hostile.text.utf8.count) bytes  (once: \(hostile.blewUp))")
    }
  }
}
