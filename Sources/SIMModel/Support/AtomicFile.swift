import Foundation

/// Writes files so that nothing is lost: an interrupted run leaves the old file whole, a device
/// or pipe is written through rather than replaced, and a symbolic link keeps pointing where it
/// did.
///
/// A regular file is written to a temporary file beside its target (named
/// `.<name>.simmap-<8 hex digits>.tmp`), flushed to disk, given the old file's permissions and
/// renamed over the target; the folder is then flushed too. A symbolic link is followed and its
/// final target replaced. Anything that is not a regular file (`/dev/null`, a FIFO,
/// `/dev/stdout`) is opened and written through. Temporary files this program left behind in
/// the folder (killed between writing and renaming) are removed once they are ten minutes old.
package enum AtomicFile {
  /// What a write did.
  package enum Outcome: Hashable, Sendable {
    /// The file was created or replaced.
    case written
    /// The file already held exactly these bytes and was left alone.
    case unchanged
    /// The target is a device, a pipe or a stream such as `/dev/stdout`; the bytes were written
    /// through it.
    case streamed
  }

  /// One file of a set written together.
  package struct Item: Hashable, Sendable {
    /// Where to write.
    package var path: String
    /// The bytes.
    package var data: Data

    /// Creates an item.
    package init(path: String, data: Data) {
      self.path = path
      self.data = data
    }
  }

  /// Writes `data` to `path`, replacing any file there, unless `replace` is false.
  ///
  /// When `skipUnchanged` is true and the file already holds exactly these bytes, nothing is
  /// written, so timestamps and file watchers stay quiet.
  @discardableResult
  package static func write(
    _ data: Data, to path: String, replace: Bool = true, skipUnchanged: Bool = true
  ) throws(WriteError) -> Outcome {
    try write([Item(path: path, data: data)], replace: replace, skipUnchanged: skipUnchanged)[0]
  }

  /// Writes several files as a set: every temporary file is written and flushed first, and only
  /// then are they renamed into place, so a failure (a full disk, a folder that is not
  /// writable) leaves all the old files as they were.
  /// - Returns: what happened to each file, in order.
  @discardableResult
  package static func write(
    _ items: [Item], replace: Bool = true, skipUnchanged: Bool = true
  ) throws(WriteError) -> [Outcome] {
    var outcomes = [Outcome](repeating: .written, count: items.count)
    var staged: [(index: Int, temporary: TemporaryFile, target: String)] = []
    var streams: [Int] = []
    var seen: Set<String> = []
    do throws(WriteError) {
      for (index, item) in items.enumerated() {
        let target = try Target.resolve(item.path)
        switch target {
        case .folder(let path):
          throw WriteError.failed(path: item.path, reason: "\(path) is a folder")
        case .stream:
          streams.append(index)
        case .missing(let path), .regular(let path, _):
          guard seen.insert(path).inserted else {
            throw WriteError.failed(
              path: item.path, reason: "it is given twice in the same set of files")
          }
          if case .regular(_, let status) = target {
            guard replace else { throw WriteError.exists(path: item.path) }
            if skipUnchanged, status.holds(item.data, at: path) {
              outcomes[index] = .unchanged
              continue
            }
          }
          let temporary = try TemporaryFile.create(
            beside: path, data: item.data, copying: target.status, reportedAs: item.path)
          staged.append((index, temporary, path))
        }
      }
      for entry in staged {
        try entry.temporary.move(
          to: entry.target, replace: replace, reportedAs: items[entry.index].path)
      }
    } catch {
      for entry in staged { entry.temporary.remove() }
      throw error
    }
    for folder in Set(staged.map { TemporaryFile.folder(of: $0.target) }) {
      TemporaryFile.flushFolder(folder)
    }
    for index in streams {
      try Stream.write(items[index].data, to: items[index].path)
      outcomes[index] = .streamed
    }
    return outcomes
  }
}
