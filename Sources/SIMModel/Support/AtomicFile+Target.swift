import Foundation

extension AtomicFile {
  /// What a path names once symbolic links are followed.
  enum Target {
    /// Nothing yet; the file will be created at this path.
    case missing(String)
    /// A regular file to replace.
    case regular(String, FileStatus)
    /// A folder, which is never replaced.
    case folder(String)
    /// A device, a pipe or a stream of this process (`/dev/stdout`): written through.
    case stream

    /// The most symbolic links followed before giving up, as the system does.
    private static let maximumLinks = 40

    /// The status of the regular file to copy permissions from, if any.
    var status: FileStatus? {
      if case .regular(_, let status) = self { return status }
      return nil
    }

    /// Follows symbolic links from `path` to what they finally name.
    ///
    /// A link into `/proc` (`/dev/stdout`, `/dev/fd/1`) names one of this process's open
    /// streams, so it is written through even when the stream is a redirected regular file.
    static func resolve(_ path: String) throws(WriteError) -> Target {
      var current = absolute(path)
      for _ in 0..<maximumLinks {
        if current.hasPrefix("/proc/") { return .stream }
        var status = stat()
        guard lstat(current, &status) == 0 else {
          let code = errno
          if code == ENOENT { return .missing(current) }
          throw WriteError.failed(path: path, reason: WriteError.reason(errno: code, path: current))
        }
        switch status.st_mode & S_IFMT {
        case S_IFLNK:
          guard let destination = linkDestination(current) else {
            throw WriteError.failed(path: path, reason: "its symbolic link cannot be read")
          }
          current =
            destination.hasPrefix("/")
            ? destination : folder(of: current) + "/" + destination
        case S_IFREG: return .regular(current, FileStatus(status))
        case S_IFDIR: return .folder(path)
        default: return .stream
        }
      }
      throw WriteError.failed(path: path, reason: "its symbolic links go round in a circle")
    }

    private static func absolute(_ path: String) -> String {
      if path.hasPrefix("/") { return path }
      let here = FileManager.default.currentDirectoryPath
      return (here.hasSuffix("/") ? here : here + "/") + path
    }

    private static func folder(of path: String) -> String {
      guard let slash = path.lastIndex(of: "/") else { return "." }
      return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    private static func linkDestination(_ path: String) -> String? {
      var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
      let count = readlink(path, &buffer, buffer.count - 1)
      guard count >= 0 else { return nil }
      return String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
  }

  /// What simmap keeps of an existing file's status: its permissions and owner, and its size to
  /// tell quickly that new contents differ.
  struct FileStatus: Hashable {
    var permissions: mode_t
    var owner: uid_t
    var group: gid_t
    var size: Int

    init(_ status: stat) {
      permissions = status.st_mode & 0o7777
      owner = status.st_uid
      group = status.st_gid
      size = Int(status.st_size)
    }

    /// Whether the file at `path` already holds exactly `data`.
    func holds(_ data: Data, at path: String) -> Bool {
      size == data.count && FileManager.default.contents(atPath: path) == data
    }
  }
}
