import Foundation
import SIMTestSupport
import Testing

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Temporary folders and files for the compare and diff command tests.
enum ComparisonWorkspace {
  /// A new empty temporary folder.
  static func folder(_ name: String) throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "simmap-\(name)-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder
  }

  /// The absolute path of a repository file.
  static func path(_ relative: String) -> String {
    Fixtures.root.appendingPathComponent(relative).path
  }

  /// The tutorial with a follow-up's three edits (a resource renamed, a gap closed, an exchange
  /// moved from gap to in place), written to `folder`; each edit must match exactly once.
  static func followUp(in folder: URL) throws -> String {
    var text = try String(contentsOfFile: path("Examples/tutorial.yaml"), encoding: .utf8)
    let edits = [
      (
        "      - id: mobile-crisis-team\n        name: Mobile Crisis Team\n",
        "      - id: mobile-crisis-response\n        name: Mobile Crisis Response Team\n"
      ),
      (
        "      - id: no-bh-call-coding\n"
          + "        text: Police records do not mark behavioral health calls, so nobody can count them\n"
          + "        practice: bh-call-data\n        severity: low\n", ""
      ),
      (
        "    legal-basis: state-law\n    status: gap\n",
        "    legal-basis: state-law\n    status: in-place\n"
      ),
    ]
    for (old, new) in edits {
      try #require(text.components(separatedBy: old).count == 2, "edit must match once: \(old)")
      text = text.replacingOccurrences(of: old, with: new)
    }
    let file = folder.appendingPathComponent("tutorial-followup.yaml")
    try Data(text.utf8).write(to: file)
    return file.path
  }

  /// Whether `data` is a well-formed XML document whose root is `<svg>`.
  static func isWellFormedSVG(_ data: Data) -> Bool {
    final class Root: NSObject, XMLParserDelegate {
      var name: String?
      func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
        qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]
      ) {
        if name == nil { name = elementName }
      }
    }
    let parser = XMLParser(data: data)
    let root = Root()
    parser.delegate = root
    return parser.parse() && root.name == "svg"
  }
}
