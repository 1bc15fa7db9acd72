import Foundation
import SIMTestSupport

/// A tiny tmpfs mounted for a test, to fill up on purpose; needs root and mount permission.
struct SmallDisk {
  let path: String

  /// Whether this process may mount one (probed once, by mounting and unmounting).
  static let isAvailable: Bool = {
    guard geteuid() == 0 else { return false }
    let probe = FileManager.default.temporaryDirectory.appendingPathComponent(
      "simmap-mount-probe-\(UUID().uuidString)")
    guard
      (try? FileManager.default.createDirectory(at: probe, withIntermediateDirectories: true))
        != nil, let disk = try? SmallDisk(mountingAt: probe.path, kilobytes: 16)
    else { return false }
    disk.unmount()
    return true
  }()

  init(in folder: URL, kilobytes: Int) throws {
    let path = folder.appendingPathComponent("small-disk").path
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    try self.init(mountingAt: path, kilobytes: kilobytes)
  }

  private init(mountingAt path: String, kilobytes: Int) throws {
    let output = try ChildProcess.run(
      URL(fileURLWithPath: "/bin/mount"),
      ["-t", "tmpfs", "-o", "size=\(kilobytes)k", "tmpfs", path])
    guard output.status == 0 else { throw CocoaError(.fileWriteNoPermission) }
    self.path = path
  }

  func unmount() {
    _ = try? ChildProcess.run(URL(fileURLWithPath: "/bin/umount"), [path])
  }
}
