import Yams

/// Parses YAML text into a node tree and turns every failure into a positioned diagnostic.
enum YAMLDocument {
  /// The single document of `text`, or the diagnostic that explains why there is none.
  static func parse(_ text: String, file: String, options: LoadOptions) -> Result<Node, Diagnostic>
  {
    let lines = SourceLines(text)
    if let deep = NestingScanner.firstLine(in: lines, exceeding: options.maximumNesting) {
      return .failure(
        Diagnostic(
          .nestingTooDeep,
          "the YAML nests \(deep.depth) levels deep here, more than the limit of \(options.maximumNesting)",
          at: SourceLocation(file: file, line: deep.line, column: 1),
          hint: "a map nests only a few levels; check for runaway brackets or dashes"))
    }
    let keys = KeyScanner(lines)
    if let key = keys.complexKey {
      return .failure(
        complexKey(key.kind, at: SourceLocation(file: file, line: key.line, column: key.column)))
    }
    let node: Node
    do {
      // No implicit tag resolution: Yams resolves every plain scalar against seven regular
      // expressions (about a tenth of `simmap validate`), and the readers in `MapNode` read
      // numbers, booleans and nulls from the text and quoting style instead.
      guard let parsed = try Parser(yaml: text, resolver: .basic).singleRoot() else {
        return .failure(empty(file))
      }
      node = parsed
    } catch let error as YamlError {
      let errors = YAMLErrors(lines: lines, file: file, unclosedQuote: keys.unclosedQuote)
      return .failure(errors.diagnostic(for: error))
    } catch {
      return .failure(
        Diagnostic(
          .yamlSyntax, "the YAML cannot be read", at: SourceLocation(file: file, line: 1, column: 1)
        ))
    }
    if MapNode.isNullNode(node) { return .failure(empty(file)) }
    // Without aliases every value takes at least two bytes of text, so a document that expands
    // to more values than it has bytes is an alias expansion, however small the file.
    let budget = min(options.maximumNodes, max(10_000, text.utf8.count))
    if let mark = firstNodePastBudget(node, budget: budget) {
      return .failure(
        Diagnostic(
          .documentTooLarge,
          "the YAML expands to more than \(budget) values, most likely through aliases (*name)",
          at: SourceLocation(file: file, line: mark?.line ?? 1, column: mark?.column ?? 1),
          hint: "a map needs no aliases; write the values out"))
    }
    return .success(node)
  }

  private static func complexKey(_ kind: KeyScanner.KeyKind, at location: SourceLocation)
    -> Diagnostic
  {
    let what =
      switch kind {
      case .alias: "an alias (*name) is used as a key"
      case .explicit: "a complex key (\"? \") is used"
      case .collection: "a list or mapping in brackets is used as a key"
      }
    return Diagnostic(
      .complexKey, "\(what); a map's keys are plain names", at: location,
      hint: "write the key as a plain name such as `name:`")
  }

  private static func empty(_ file: String) -> Diagnostic {
    Diagnostic(
      .emptyMap, "the map is empty", at: SourceLocation(file: file, line: 1, column: 1),
      hint: "run `simmap init` to write a worksheet map to fill in")
  }

  /// Walks the tree without recursion, stopping once it has seen `budget` nodes.
  ///
  /// Returns nil when the tree is within budget, otherwise the mark of the node where the budget
  /// ran out (wrapped, since a node may have no mark).
  private static func firstNodePastBudget(_ root: Node, budget: Int) -> Mark?? {
    var stack = [root]
    var seen = 0
    while let node = stack.popLast() {
      seen += 1
      if seen > budget { return .some(node.mark) }
      switch node {
      case .mapping(let mapping):
        for (key, value) in mapping {
          stack.append(key)
          stack.append(value)
        }
      case .sequence(let sequence): stack.append(contentsOf: sequence)
      case .scalar, .alias: break
      }
    }
    return nil
  }

}
