import Foundation

/// Turns the bytes of a map file into text, or says plainly why they are not a map.
enum InputText {
  /// Reads a file with the size limit checked before any byte is read.
  static func read(path: String, options: LoadOptions) -> Result<String, Diagnostic> {
    // stat follows symbolic links, so a link to a map file is read as the file it names.
    var status = stat()
    guard stat(path, &status) == 0 else {
      if errno == EACCES {
        return .failure(problem(.unreadable, "cannot be read (check its permissions)", path))
      }
      var link = stat()
      if lstat(path, &link) == 0 {
        return .failure(
          problem(
            .fileNotFound, "is a symbolic link to a file that does not exist", path,
            hint: "point the link at the map file, or give the file's own path"))
      }
      return .failure(
        problem(.fileNotFound, "no such file", path, hint: "check the name and the folder"))
    }
    switch status.st_mode & S_IFMT {
    case S_IFREG: break
    case S_IFDIR:
      return .failure(
        problem(.notAFile, "is a folder, not a map file", path, hint: "name a .yaml file inside it")
      )
    default:
      return .failure(
        problem(
          .notAFile, "is \(kind(of: status.st_mode)), not a map file", path,
          hint: "give the path of a .yaml file"))
    }
    let size = Int(status.st_size)
    if size > options.maximumFileSize {
      return .failure(tooLarge(size: size, path: path, options: options))
    }
    guard let handle = FileHandle(forReadingAtPath: path) else {
      return .failure(problem(.unreadable, "cannot be read (check its permissions)", path))
    }
    defer { try? handle.close() }
    // Read one byte past the limit so a file that grew since the size check is still caught.
    let data = (try? handle.read(upToCount: options.maximumFileSize + 1)) ?? Data()
    if data.count > options.maximumFileSize {
      return .failure(tooLarge(size: data.count, path: path, options: options))
    }
    return decode(data, file: path)
  }

  /// Decodes bytes as UTF-8, dropping a byte-order mark.
  static func decode(_ data: Data, file: String) -> Result<String, Diagnostic> {
    var bytes = [UInt8](data)
    if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
      return .failure(
        problem(
          .notUTF8, "is encoded as UTF-16, not UTF-8", file,
          hint: "save the file as UTF-8 (most editors offer this under Save As or Encoding)"))
    }
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
    if let zero = bytes.firstIndex(of: 0) {
      return .failure(
        problem(
          .binaryFile, "holds binary data, not text", file, at: position(of: zero, in: bytes),
          hint: "a map file is plain text written in YAML; is this the right file?"))
    }
    guard let text = String(validating: bytes, as: UTF8.self) else {
      let offset = firstInvalidUTF8(in: bytes)
      return .failure(
        problem(
          .notUTF8, "is not valid UTF-8 text", file, at: position(of: offset, in: bytes),
          hint: "save the file as UTF-8 (most editors offer this under Save As or Encoding)"))
    }
    return .success(text)
  }

  /// What a file that is not a regular file or a folder is, for the message.
  private static func kind(of mode: mode_t) -> String {
    switch mode & S_IFMT {
    case S_IFIFO: "a pipe (FIFO)"
    case S_IFCHR: "a character device"
    case S_IFBLK: "a block device"
    case S_IFSOCK: "a socket"
    default: "not a regular file"
    }
  }

  private static func tooLarge(size: Int, path: String, options: LoadOptions) -> Diagnostic {
    problem(
      .fileTooLarge,
      "is \(megabytes(size)), larger than the \(megabytes(options.maximumFileSize)) limit", path,
      hint: "real maps are far smaller; raise the limit with --max-size if this file is right")
  }

  private static func megabytes(_ bytes: Int) -> String {
    String(format: "%.1f MiB", Double(bytes) / 1_048_576)
  }

  private static func problem(
    _ code: DiagnosticCode, _ message: String, _ file: String,
    at position: (line: Int, column: Int) = (1, 1), hint: String? = nil
  ) -> Diagnostic {
    Diagnostic(
      code, "\"\(file)\" \(message)",
      at: SourceLocation(file: file, line: position.line, column: position.column), hint: hint)
  }

  /// The 1-based line and column of a byte offset, with lines counted as the YAML parser
  /// counts them.
  private static func position(of offset: Int, in bytes: [UInt8]) -> (line: Int, column: Int) {
    SourceLines(utf8: bytes).location(ofUTF8Offset: offset)
  }

  private static func firstInvalidUTF8(in bytes: [UInt8]) -> Int {
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      let length: Int
      switch byte {
      case 0x00...0x7F: length = 1
      case 0xC2...0xDF: length = 2
      case 0xE0...0xEF: length = 3
      case 0xF0...0xF4: length = 4
      default: return index
      }
      guard index + length <= bytes.count,
        String(validating: bytes[index..<index + length], as: UTF8.self) != nil
      else { return index }
      index += length
    }
    return index
  }
}
