import Testing
import Yams

@testable import SIMModel

/// The key scanner agrees with the YAML parser: it flags a text exactly when the parsed document
/// has a key that is not a plain scalar, over generated texts that mix every construct the
/// scanner has to skip.
@Suite("key scanner agreement")
struct KeyScannerAgreementTests {
  static let fragments = [
    "a: 1", "b: &x [1, 2]", "c: *x", "- item", "- k: v", "? q", ": v", "*x: 1", "[p, q]: 1",
    "{m: 1}: 2", "n: |", "  *x: literal", "  [1]: footnote", "d: \"quoted *x: no", "  more\"",
    "e: 'it''s'", "# *x: comment", "f: {g: *x, h: [*x]}", "i: [j, {k: 1}]", "l: plain",
    "  ? continued", "---", "...", "- - *x : 1", "o: >-", "  > folded", "r: \"#\" # c",
    "s: [a,", "  *x: 2]", "t: {\"u\": 1}", "&y v: 1", "w: x:y", "- |", "  - *x: 3", "!!str k: v",
    "[*x]: 1", "- {*x: 1}", "z: 'a", "  b'", "- ? k", "y: [{? a: b}]", "aa: [x, [y]: z]",
    "bb: \"a:", "  b\": 1", "- &z", "  *x : 1", "cc: !t [d]", "{ee: 1}",
  ]

  /// A small deterministic generator, so a failure replays.
  struct Generator {
    var state: UInt64
    mutating func next(_ bound: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(bound))
    }
  }

  /// Whether the parsed document has a key the scanner must refuse: a collection, an alias
  /// (the only anchored scalar is the value on line 1, so a key marked there is an alias) or
  /// an explicit `? ` key (the text before the key on its line ends with `?`).
  static func hasComplexKey(_ node: Node, lines: SourceLines) -> Bool {
    switch node {
    case .mapping(let mapping):
      for (key, value) in mapping {
        guard case .scalar(let scalar) = key else { return true }
        if let mark = scalar.mark {
          if mark.line == 1 && mark.column > 1 { return true }
          let before = lines.scalars(ofLine: mark.line).prefix(mark.column - 1)
          if before.last(where: { $0 != " " }) == "?" { return true }
        }
        if hasComplexKey(value, lines: lines) { return true }
      }
      return false
    case .sequence(let sequence): return sequence.contains { hasComplexKey($0, lines: lines) }
    case .scalar, .alias: return false
    }
  }

  @Test("over 20,000 generated texts, the scanner flags exactly the complex keys the parser finds")
  func agreement() {
    var generator = Generator(state: 2026)
    var compared = 0
    var disagreements: [String] = []
    for _ in 0..<20_000 {
      let fragments = (0..<(1 + generator.next(6))).map { _ in
        String(repeating: "  ", count: generator.next(3))
          + Self.fragments[generator.next(Self.fragments.count)]
      }
      let text = "x0: &x 1\n" + fragments.joined(separator: "\n") + "\n"
      let lines = SourceLines(text)
      let scanned = KeyScanner(lines).complexKey != nil
      guard let root = try? Parser(yaml: text).singleRoot() else { continue }
      compared += 1
      if scanned != Self.hasComplexKey(root, lines: lines) {
        disagreements.append("scanner \(scanned): \(text)")
      }
    }
    #expect(compared > 1_000)
    #expect(disagreements.isEmpty, "\(disagreements.prefix(3))")
  }
}
