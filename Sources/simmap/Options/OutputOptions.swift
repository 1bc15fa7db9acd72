import ArgumentParser

/// What a command's `-o` names, for its help and its first checks.
protocol OutputKind {
  /// The help of `-o`.
  static var help: ArgumentHelp { get }
  /// Why `-o -` is refused, or nil when standard output is allowed.
  static var standardOutputRefusal: String? { get }
  /// Refuses a `-o` value this kind of output cannot take.
  static func check(_ value: String) throws
}

extension OutputKind {
  static func check(_ value: String) throws {}
}

/// `-o`, shared by every command that writes files; `Kind` gives its help and whether `-` (standard
/// output) is allowed.
struct OutputOptions<Kind: OutputKind>: ParsableArguments {
  /// The `-o` value as given: a path, or `-`.
  @Option(name: [.customShort("o"), .customLong("output")], help: Kind.help)
  var path: String?

  init() {}

  func validate() throws {
    if path?.isEmpty == true { throw ValidationError("-o needs a file or folder name") }
    guard let path else { return }
    if path == "-" {
      if let refusal = Kind.standardOutputRefusal { throw ValidationError(refusal) }
      return
    }
    try Kind.check(path)
  }

  /// Where to write: the `-o` target, or `otherwise` without `-o`.
  /// - Parameters:
  ///   - several: whether the command writes several files, so `-o` must be a folder.
  ///   - what: what it writes, for the message when `-o` names one file: "9 pictures".
  func target(otherwise: OutputTarget, several: Bool = false, what: String = "several files")
    throws -> OutputTarget
  {
    guard let path else { return otherwise }
    return try OutputTarget.parse(path, several: several, what: what)
  }
}

/// `-o` names a file, a folder, or `-` for standard output.
enum FileOrFolderOutput: OutputKind {
  static let help = ArgumentHelp(
    "Where to write: a file, a folder, or - for standard output.", valueName: "path")
  static let standardOutputRefusal: String? = nil
}

/// `-o` names a picture file (compare and diff): the report itself goes to standard output.
enum PictureFileOutput: OutputKind {
  static let help = ArgumentHelp(
    "Also draw the picture into this file: .svg, .png, .pdf or .dot.", valueName: "picture")
  static let standardOutputRefusal: String? =
    "-o names the picture's file; the report itself goes to standard output"

  static func check(_ value: String) throws {
    guard ComparisonPicture.Format(path: value) != nil else {
      throw ValidationError("-o must end in .svg, .png, .pdf or .dot, such as comparison.svg")
    }
  }
}

/// `-o` names a file, or `-` for standard output (the default).
enum FileOutput: OutputKind {
  static let help = ArgumentHelp(
    "Write to this file instead of standard output.", valueName: "file")
  static let standardOutputRefusal: String? = nil
}
