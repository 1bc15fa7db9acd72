import Foundation

extension AtomicFile {
  /// A temporary file written beside its target, flushed to disk, waiting to be renamed.
  struct TemporaryFile {
    /// Temporary files older than this are left over from a run that was killed.
    static let staleAge: TimeInterval = 10 * 60

    let path: String

    /// `.<name>.simmap-<8 hex digits>.tmp`: hidden, and recognisably simmap's.
    static func name(for target: String) -> String {
      // A file name holds at most 255 bytes; leave room for the tag.
      var name = String(target.split(separator: "/").last ?? "output")
      while name.utf8.count > 200 { name.removeLast() }
      let tag = String(UInt32.random(in: .min ... .max), radix: 16)
      return ".\(name).simmap-\(String(repeating: "0", count: 8 - tag.count) + tag).tmp"
    }

    /// Whether `name` is one of the temporary files `name(for:)` makes.
    static func isTemporaryName(_ name: String) -> Bool {
      name.range(of: #"^\..+\.simmap-[0-9a-f]{8}\.tmp$"#, options: .regularExpression) != nil
    }

    static func folder(of path: String) -> String {
      guard let slash = path.lastIndex(of: "/") else { return "." }
      return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    /// Writes `data` to a new temporary file beside `target` and flushes it, with the
    /// permissions (and, where allowed, the owner) of the file it will replace.
    static func create(
      beside target: String, data: Data, copying existing: FileStatus?, reportedAs shown: String
    ) throws(WriteError) -> TemporaryFile {
      let directory = folder(of: target)
      removeStale(in: directory)
      let path = directory + "/" + name(for: target)
      let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
      guard descriptor >= 0 else {
        throw WriteError.failed(
          path: shown, reason: WriteError.reason(errno: errno, path: "the folder \(directory)"))
      }
      let file = TemporaryFile(path: path)
      var failure: Int32?
      if let existing {
        if fchmod(descriptor, existing.permissions) != 0 { failure = errno }
        // Only the superuser may give a file away; anyone else keeps the file as their own.
        _ = fchown(descriptor, existing.owner, existing.group)
      }
      if failure == nil { failure = Stream.writeAll(data, to: descriptor) }
      if failure == nil, fsync(descriptor) != 0 { failure = errno }
      if close(descriptor) != 0, failure == nil { failure = errno }
      if let failure {
        file.remove()
        throw WriteError.failed(
          path: shown, reason: WriteError.reason(errno: failure, path: "the folder \(directory)"))
      }
      return file
    }

    /// Renames the file over `target`, or, when `replace` is false, links it there only if
    /// nothing is there yet.
    func move(to target: String, replace: Bool, reportedAs shown: String) throws(WriteError) {
      if replace {
        guard rename(path, target) == 0 else {
          throw WriteError.failed(
            path: shown, reason: WriteError.reason(errno: errno, path: target))
        }
        return
      }
      defer { remove() }
      guard link(path, target) == 0 else {
        let code = errno
        if code == EEXIST { throw WriteError.exists(path: shown) }
        throw WriteError.failed(path: shown, reason: WriteError.reason(errno: code, path: target))
      }
    }

    func remove() {
      unlink(path)
    }

    /// Flushes a folder's entries to disk, so a rename survives a power cut.
    static func flushFolder(_ folder: String) {
      let descriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
      guard descriptor >= 0 else { return }
      _ = fsync(descriptor)
      close(descriptor)
    }

    /// Removes temporary files a killed run left in `folder`: only regular files named as
    /// `name(for:)` names them, owned by this user, and older than `staleAge`.
    static func removeStale(in folder: String, now: Date = Date()) {
      let manager = FileManager.default
      guard let names = try? manager.contentsOfDirectory(atPath: folder) else { return }
      for name in names where isTemporaryName(name) {
        let path = folder + "/" + name
        guard let attributes = try? manager.attributesOfItem(atPath: path),
          attributes[.type] as? FileAttributeType == .typeRegular,
          (attributes[.ownerAccountID] as? NSNumber)?.uint32Value == geteuid(),
          let modified = attributes[.modificationDate] as? Date,
          now.timeIntervalSince(modified) > staleAge
        else { continue }
        unlink(path)
      }
    }
  }
}
