import Foundation

extension AtomicFile {
  /// Why a write failed.
  package enum WriteError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The target exists and the caller asked not to replace it.
    case exists(path: String)
    /// The system refused the write; `reason` says why in plain words.
    case failed(path: String, reason: String)

    /// A sentence for the user.
    package var description: String {
      switch self {
      case .exists(let path): "\(path) already exists; simmap will not overwrite it"
      case .failed(let path, let reason): "cannot write \(path): \(reason)"
      }
    }

    /// Plain words for a system error number met while writing at `path`.
    package static func reason(errno code: Int32, path: String) -> String {
      switch code {
      case ENOSPC, EDQUOT: "the disk is full"
      case EROFS: "the disk is read-only"
      case EACCES, EPERM: "permission denied (\(path) is not writable)"
      case ENOENT: "\(path) does not exist"
      case ENOTDIR: "a part of the path \(path) is not a folder"
      case EISDIR: "\(path) is a folder"
      case ENAMETOOLONG: "the name is too long"
      case ENXIO: "\(path) cannot be written to (nothing is reading it)"
      case EFBIG: "the file is too large for the disk"
      case EIO: "the disk reported an input/output error"
      default: String(cString: strerror(code))
      }
    }
  }
}
