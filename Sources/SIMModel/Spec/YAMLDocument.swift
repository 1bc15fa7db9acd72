import Yams

/// Parses YAML text into a node tree and turns every failure into a positioned diagnostic.
enum YAMLDocument {
  /// The single document of `text`, or the diagnostic that explains why there is none.
  static func parse(_ text: String, file: String, options: LoadOptions) -> Result<Node, Diagnostic>
  {
    if let deep = NestingScanner.firstLine(in: text, exceeding: options.maximumNesting) {
      return .failure(
        Diagnostic(
          .nestingTooDeep,
          "the YAML nests \(deep.depth) levels deep here, more than the limit of \(options.maximumNesting)",
          at: SourceLocation(file: file, line: deep.line, column: 1),
          hint: "a map nests only a few levels; check for runaway brackets or dashes"))
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
      return .failure(diagnostic(for: error, text: text, file: file))
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

  private static func diagnostic(for error: YamlError, text: String, file: String) -> Diagnostic {
    func at(_ mark: Mark) -> SourceLocation {
      SourceLocation(file: file, line: mark.line, column: mark.column)
    }
    switch error {
    case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
      .composer(_, let problem, let mark, _):
      let tabProblem = problem.contains("tab") || problem.contains("cannot start any token")
      if tabProblem && lineHasTab(text, line: mark.line) {
        return Diagnostic(
          .tabIndentation, "a tab is used for indentation; YAML allows only spaces",
          at: at(mark), hint: "replace the tab with spaces (two per level is usual)")
      }
      if problem.contains("another document") {
        return Diagnostic(
          .multipleDocuments, "the file holds more than one YAML document (a second ---)",
          at: at(mark), hint: "keep one map per file")
      }
      if problem.contains("end of stream"), let quote = unclosedQuote(in: text, file: file) {
        return Diagnostic(
          .yamlSyntax, "YAML syntax error: a quote opened on this line is never closed",
          at: quote, hint: "add the closing quote, or remove the opening one")
      }
      return Diagnostic(
        .yamlSyntax, "YAML syntax error: \(problem)", at: at(mark), hint: syntaxHint(problem))
    case .duplicatedKeysInMapping(let duplicates, let context):
      let keys = duplicates.map { "\"\($0)\"" }.joined(separator: ", ")
      let first = at(context.mark)
      let second = duplicates.first.flatMap { repeatedKey($0, after: first, in: text) }
      return Diagnostic(
        .duplicateKey, "the key \(keys) appears twice in one mapping", at: second ?? first,
        hint: "keep one of them; YAML keeps no duplicate keys",
        notes: second == nil ? [] : [.init("first given here", at: first)])
    case .reader(let problem, let offset, _, _):
      let prefix = text.utf8.prefix(offset ?? 0)
      let line = prefix.filter { $0 == 0x0A }.count + 1
      return Diagnostic(
        .notUTF8, "the text cannot be read: \(problem)",
        at: SourceLocation(file: file, line: line, column: 1))
    default:
      return Diagnostic(
        .yamlSyntax, "the YAML cannot be read", at: SourceLocation(file: file, line: 1, column: 1))
    }
  }

  /// The place where `key` is written again in the mapping that starts at `first`, found by
  /// looking for the same key at the same column further down.
  private static func repeatedKey(_ key: String, after first: SourceLocation, in text: String)
    -> SourceLocation?
  {
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    guard first.line < lines.count else { return nil }
    for index in first.line..<lines.count {
      let line = Array(lines[index].unicodeScalars)
      let start = first.column - 1
      guard start < line.count else { continue }
      let rest = String(String.UnicodeScalarView(line[start...]))
      if rest.hasPrefix(key + ":") || rest.hasPrefix("\"\(key)\":") {
        return SourceLocation(file: first.file, line: index + 1, column: first.column)
      }
    }
    return nil
  }

  /// The last line whose double quotes do not pair up, where an unclosed quote most likely is.
  private static func unclosedQuote(in text: String, file: String) -> SourceLocation? {
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    for (index, line) in lines.enumerated().reversed() {
      let scalars = Array(line.unicodeScalars)
      var open: Int?
      var position = 0
      while position < scalars.count {
        let scalar = scalars[position]
        if scalar == "\\" && open != nil {
          position += 2
          continue
        }
        if scalar == "#" && open == nil && (position == 0 || scalars[position - 1] == " ") { break }
        if scalar == "\"" { open = open == nil ? position : nil }
        position += 1
      }
      if let open { return SourceLocation(file: file, line: index + 1, column: open + 1) }
    }
    return nil
  }

  private static func lineHasTab(_ text: String, line: Int) -> Bool {
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    guard lines.indices.contains(line - 1) else { return false }
    return lines[line - 1].prefix { $0 == " " || $0 == "\t" }.contains("\t")
  }

  private static func syntaxHint(_ problem: String) -> String? {
    if problem.contains("mapping values are not allowed") {
      return "a value that contains \": \" needs quotes, or a key is indented wrongly"
    }
    if problem.contains("did not find expected key")
      || problem.contains("did not find expected '-'")
    {
      return "check the indentation of this line against the lines above it"
    }
    if problem.contains("cannot start any token") {
      return "a value that starts with %, @, ` or another special character needs quotes around it"
    }
    if problem.contains("found undefined alias") {
      return "an alias (*name) needs an anchor (&name) earlier in the file"
    }
    return nil
  }
}
