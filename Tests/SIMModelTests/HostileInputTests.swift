import Foundation
import SIMAnalysis
import SIMModel
import SIMTestSupport
import Testing

/// Files that are not maps, or are built to hurt, each give one clear error quickly.
@Suite("hostile input")
struct HostileInputTests {
  let folder: URL

  init() throws {
    folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("simmap-hostile-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
  }

  private func write(_ name: String, _ data: Data) throws -> String {
    let url = folder.appendingPathComponent(name)
    try data.write(to: url)
    return url.path
  }

  /// Loads a file, asserting it fails with exactly one diagnostic of `code`, under a hang guard.
  private func expectSingle(_ code: DiagnosticCode, path: String) -> Diagnostic? {
    let clock = ContinuousClock()
    var result: LoadResult?
    let elapsed = clock.measure { result = MapChecker().check(path: path) }
    let diagnostics = result?.diagnostics ?? []
    #expect(diagnostics.map(\.code) == [code])
    #expect(result?.loaded == nil)
    // A hang guard, with a generous bound for a busy machine; it is not a timing figure.
    #expect(elapsed < .seconds(10), "hang guard: took \(elapsed)")
    return diagnostics.first
  }

  @Test("a missing file")
  func missingFile() {
    _ = expectSingle(.fileNotFound, path: folder.appendingPathComponent("nope.yaml").path)
  }

  @Test("a folder given as a file")
  func folderAsFile() {
    _ = expectSingle(.notAFile, path: folder.path)
  }

  @Test("a file over the size limit is refused before it is read")
  func tooLarge() throws {
    let path = folder.appendingPathComponent("big.yaml").path
    #expect(FileManager.default.createFile(atPath: path, contents: nil))
    let handle = try #require(FileHandle(forWritingAtPath: path))
    try handle.truncate(atOffset: 50 * 1024 * 1024)  // sparse: 50 MiB without writing them
    try handle.close()
    let diagnostic = expectSingle(.fileTooLarge, path: path)
    #expect(diagnostic?.message.contains("50.0 MiB") == true)
  }

  @Test("a binary file")
  func binary() throws {
    var bytes = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13])
    bytes.append(Data((0..<2000).map { UInt8($0 % 256) }))
    _ = expectSingle(.binaryFile, path: try write("picture.yaml", bytes))
  }

  @Test("bytes that are not UTF-8, located at the bad byte")
  func notUTF8() throws {
    let bytes = Data("simmap: 1\njurisdiction:\n  name: Caf".utf8) + Data([0xE9, 0x0A])
    let diagnostic = expectSingle(.notUTF8, path: try write("latin1.yaml", bytes))
    #expect(diagnostic?.location?.line == 3)
    #expect(diagnostic?.location?.column == 12)
  }

  @Test("UTF-16 text")
  func utf16() throws {
    var data = Data([0xFF, 0xFE])
    data.append("simmap: 1\n".data(using: .utf16LittleEndian) ?? Data())
    _ = expectSingle(.notUTF8, path: try write("utf16.yaml", data))
  }

  @Test("an empty file")
  func empty() throws {
    _ = expectSingle(.emptyMap, path: try write("empty.yaml", Data()))
  }

  @Test("a billion-laughs alias bomb")
  func aliasBomb() throws {
    var lines = [
      "simmap: 1", "jurisdiction: {name: Bomb}",
      "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]",
    ]
    for level in 1...12 {
      let previous = "*a\(level - 1)"
      lines.append(
        "a\(level): &a\(level) [\(Array(repeating: previous, count: 9).joined(separator: ", "))]")
    }
    _ = expectSingle(
      .documentTooLarge, path: try write("bomb.yaml", Data(lines.joined(separator: "\n").utf8)))
  }

  @Test("deep nesting in flow and block style", arguments: ["[", "- "])
  func deepNesting(opener: String) throws {
    let text = "simmap: 1\nnotes:\n  " + String(repeating: opener, count: 100_000) + "x\n"
    _ = expectSingle(.nestingTooDeep, path: try write("deep.yaml", Data(text.utf8)))
  }

  @Test("a byte-order mark, CRLF line ends and a UTF-8 name are all fine")
  func bomAndCRLF() throws {
    let text =
      "\u{FEFF}simmap: 1\r\njurisdiction:\r\n  name: Condado de Peñasco\r\n  kind: 1️⃣cuonty\r\n"
    let marked = MarkedText(text)
    let path = try write("crlf.yaml", Data(marked.text.utf8))
    let result = MapChecker().check(path: path)
    #expect(result.loaded?.map.jurisdiction.name == "Condado de Peñasco")
    let diagnostic = try #require(result.diagnostics.first)
    let marker = try #require(marked.markers["1️⃣"])
    #expect(diagnostic.code == .invalidValue)
    // The BOM is not a column of the first line; later lines are unaffected.
    #expect(diagnostic.location?.line == marker.line)
    #expect(diagnostic.location?.column == marker.column)
  }

  @Test("a tab used for indentation is named as such")
  func tabs() throws {
    let path = try write("tabs.yaml", Data("simmap: 1\njurisdiction:\n\tname: T\n".utf8))
    let diagnostic = expectSingle(.tabIndentation, path: path)
    #expect(diagnostic?.hint?.contains("spaces") == true)
  }

  @Test("a file that is not a mapping at all")
  func scalarDocument() throws {
    _ = expectSingle(.wrongType, path: try write("scalar.yaml", Data("just some words\n".utf8)))
  }

  @Test("a symbolic link to a map file is read as the file")
  func symlinkToMap() throws {
    let target = try write("real.yaml", Data("simmap: 1\njurisdiction:\n  name: Linked\n".utf8))
    let link = folder.appendingPathComponent("link.yaml").path
    try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
    let result = MapChecker().check(path: link)
    #expect(result.diagnostics.isEmpty)
    #expect(result.loaded?.map.jurisdiction.name == "Linked")
  }

  @Test("a symbolic link to a folder is refused as a folder")
  func symlinkToFolder() throws {
    let link = folder.appendingPathComponent("folder-link.yaml").path
    try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: folder.path)
    let diagnostic = expectSingle(.notAFile, path: link)
    #expect(diagnostic?.message.contains("folder") == true)
  }

  @Test("a dangling symbolic link says so")
  func danglingSymlink() throws {
    let link = folder.appendingPathComponent("dangling.yaml").path
    try FileManager.default.createSymbolicLink(
      atPath: link, withDestinationPath: folder.appendingPathComponent("gone.yaml").path)
    let diagnostic = expectSingle(.fileNotFound, path: link)
    #expect(diagnostic?.message.contains("symbolic link") == true)
  }

  @Test("a pipe, even behind a link, is refused without reading from it")
  func fifo() throws {
    let pipe = folder.appendingPathComponent("pipe.yaml").path
    #expect(mkfifo(pipe, 0o600) == 0)
    let diagnostic = expectSingle(.notAFile, path: pipe)
    #expect(diagnostic?.message.contains("pipe") == true)
    let link = folder.appendingPathComponent("pipe-link.yaml").path
    try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: pipe)
    _ = expectSingle(.notAFile, path: link)
  }

  @Test("a character device is refused")
  func device() {
    let diagnostic = expectSingle(.notAFile, path: "/dev/null")
    #expect(diagnostic?.message.contains("character device") == true)
  }
}
