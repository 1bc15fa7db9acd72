import Foundation

/// Writes files so that an interrupted run leaves the old file whole: the bytes go to a
/// temporary file in the same folder, which is then renamed over the target.
public enum AtomicFile {
  /// Why a write failed.
  public enum WriteError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The target exists and the caller asked not to replace it.
    case exists(path: String)
    /// The system refused the write.
    case failed(path: String, reason: String)

    /// A sentence for the user.
    public var description: String {
      switch self {
      case .exists(let path): "\(path) already exists; simmap will not overwrite it"
      case .failed(let path, let reason): "cannot write \(path): \(reason)"
      }
    }
  }

  /// Writes `data` to `path`, replacing any file there, unless `replace` is false.
  ///
  /// When `skipUnchanged` is true and the file already holds exactly these bytes, nothing is
  /// written, so timestamps and file watchers stay quiet.
  /// - Returns: whether the file was written.
  @discardableResult
  public static func write(
    _ data: Data, to path: String, replace: Bool = true, skipUnchanged: Bool = true
  ) throws(WriteError) -> Bool {
    let fileManager = FileManager.default
    if fileManager.fileExists(atPath: path) {
      guard replace else { throw .exists(path: path) }
      if skipUnchanged, fileManager.contents(atPath: path) == data { return false }
    }
    let url = URL(fileURLWithPath: path)
    let folder = url.deletingLastPathComponent()
    let temporary = folder.appendingPathComponent(
      ".\(url.lastPathComponent).\(UUID().uuidString).tmp")
    guard fileManager.createFile(atPath: temporary.path, contents: data) else {
      throw .failed(path: path, reason: reason(forFolder: folder.path))
    }
    if replace {
      guard rename(temporary.path, path) == 0 else {
        let reason = String(cString: strerror(errno))
        try? fileManager.removeItem(at: temporary)
        throw .failed(path: path, reason: reason)
      }
    } else {
      // link() fails if the target appeared meanwhile, so an existing file is never replaced.
      defer { try? fileManager.removeItem(at: temporary) }
      guard link(temporary.path, path) == 0 else {
        if errno == EEXIST { throw .exists(path: path) }
        throw .failed(path: path, reason: String(cString: strerror(errno)))
      }
    }
    return true
  }

  private static func reason(forFolder folder: String) -> String {
    var isDirectory: ObjCBool = false
    if !FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory) {
      return "the folder \(folder) does not exist"
    }
    return isDirectory.boolValue
      ? "the folder \(folder) is not writable" : "\(folder) is not a folder"
  }
}
