import Foundation
import SIMTestSupport

/// A temporary folder holding a copy of the tutorial as `riverbend.yaml`, for command tests.
struct Workspace {
  let folder: URL

  init(_ name: String) throws {
    folder = try ComparisonWorkspace.folder(name)
    try FileManager.default.copyItem(
      at: Fixtures.root.appendingPathComponent("Examples/tutorial.yaml"),
      to: folder.appendingPathComponent("riverbend.yaml"))
  }

  /// Runs simmap in the folder.
  func run(_ arguments: [String], environment: [String: String] = [:]) throws
    -> SimmapProcess.Output
  {
    try SimmapProcess.run(arguments, in: folder, environment: environment)
  }

  func path(_ name: String) -> String {
    folder.appendingPathComponent(name).path
  }

  func data(_ name: String) throws -> Data {
    try Data(contentsOf: folder.appendingPathComponent(name))
  }

  func write(_ text: String, to name: String) throws {
    try Data(text.utf8).write(to: folder.appendingPathComponent(name))
  }

  /// The names in a folder of the workspace (hidden ones too), sorted.
  func names(in subfolder: String = "") throws -> [String] {
    try FileManager.default.contentsOfDirectory(
      atPath: subfolder.isEmpty ? folder.path : path(subfolder)
    ).sorted()
  }

  /// The `lstat` of a path: its type, permissions, inode and modification time, not following
  /// a symbolic link.
  func status(_ name: String) -> stat? {
    var result = stat()
    return lstat(path(name), &result) == 0 ? result : nil
  }
}

extension stat {
  /// The file type bits: `S_IFREG`, `S_IFLNK`, `S_IFCHR`, `S_IFIFO`.
  var fileType: mode_t { st_mode & S_IFMT }
  /// The permission bits.
  var permissions: mode_t { st_mode & 0o7777 }
}
