/// A failure to turn DOT text into pictures with the in-process Graphviz library.
///
/// `description` is written for the person running simmap. Graphviz's own messages are kept
/// apart in ``graphvizMessages`` for logs and bug reports.
public enum GraphvizError: Error, Equatable, Sendable, Codable, CustomStringConvertible {
  /// `gvContext()` returned no context (Graphviz could not start at all).
  case contextUnavailable
  /// The named layout engine is not registered; `available` lists those that are.
  case layoutUnavailable(engine: String, available: [String], messages: [String])
  /// No Graphviz device produces `format`; `available` lists the formats that are registered.
  case formatUnavailable(format: GraphvizFormat, available: [String], messages: [String])
  /// Graphviz could not parse the DOT text; since simmap generates DOT, this is a simmap bug.
  case invalidDOT(messages: [String])
  /// Graphviz parsed the graph but its layout failed.
  case layoutFailed(messages: [String])
  /// The layout succeeded but rendering to `format` failed.
  case renderFailed(format: GraphvizFormat, messages: [String])
  /// Graphviz reported an error while laying out or rendering but went on, so the picture
  /// would be wrong (a label it cannot read is drawn as the node's id). `problem` says what in
  /// plain words; `messages` keeps Graphviz's own text.
  case drawingFailed(problem: String, messages: [String])
  /// The worker process drawing the picture could not be started, died or answered nonsense;
  /// `reason` says which. The pool starts a new worker for the next job.
  case workerFailed(reason: String)
  /// Graphviz had not finished after `seconds`, so its worker process was stopped.
  case timedOut(seconds: Double)

  /// Graphviz's own messages captured for this failure, one line each, for logs.
  public var graphvizMessages: [String] {
    switch self {
    case .contextUnavailable, .workerFailed, .timedOut:
      return []
    case .layoutUnavailable(_, _, let messages), .formatUnavailable(_, _, let messages),
      .invalidDOT(let messages), .layoutFailed(let messages), .renderFailed(_, let messages),
      .drawingFailed(_, let messages):
      return messages
    }
  }

  /// A user-facing explanation that says what to do next.
  public var description: String {
    switch self {
    case .contextUnavailable:
      return "Graphviz could not start (gvContext failed); \(Self.installHint)"
    case .layoutUnavailable(let engine, let available, _):
      if available.isEmpty {
        return "Graphviz has no layout plugins registered, so it cannot lay out diagrams. "
          + Self.registryHint
      }
      return "Graphviz's \"\(engine)\" layout engine is not available (registered engines: "
        + "\(available.joined(separator: ", "))). \(Self.registryHint)"
    case .formatUnavailable(let format, let available, _):
      if available.isEmpty {
        return "Graphviz has no output plugins registered, so it cannot write "
          + "\(format.rawValue.uppercased()). \(Self.registryHint)"
      }
      return "Graphviz cannot write \(format.rawValue.uppercased()): no \"\(format.rawValue)\" "
        + "output plugin is registered. \(Self.registryHint)"
    case .invalidDOT:
      return "internal error in simmap: Graphviz rejected the DOT text simmap generated. "
        + "This is a bug in simmap, not in your map file; please report it with the log."
    case .layoutFailed:
      return "Graphviz could not lay out the diagram. If this keeps happening, run "
        + "\"simmap doctor\" and report the problem with the log."
    case .drawingFailed(let problem, _):
      return "internal error in simmap: \(problem). No picture was written rather than a wrong "
        + "one. This is a bug in simmap, not in your map file; please report it with the map "
        + "(--verbose shows Graphviz's own messages)."
    case .workerFailed(let reason):
      return "internal error in simmap: the Graphviz worker process \(reason), so this picture "
        + "was not drawn. This is a bug in simmap or Graphviz, not in your map file; please "
        + "report it with the map."
    case .timedOut(let seconds):
      return "Graphviz did not finish drawing the picture within \(Self.shown(seconds)) s, so "
        + "it was stopped. Draw this view alone, simplify it, or allow more time with --timeout."
    case .renderFailed(let format, _):
      return "Graphviz laid out the diagram but could not write it as "
        + "\(format.rawValue.uppercased()). Run \"simmap doctor\" to check the Graphviz plugins."
    }
  }

  /// `seconds` without a needless `.0`.
  private static func shown(_ seconds: Double) -> String {
    seconds == seconds.rounded() && abs(seconds) < 1e9 ? String(Int(seconds)) : String(seconds)
  }

  private static let installHint =
    "install Graphviz (Debian/Ubuntu: sudo apt-get install graphviz libgraphviz-dev; "
    + "macOS: brew install graphviz)"

  private static let registryHint =
    "Rebuild Graphviz's plugin registry with \"sudo dot -c\", or reinstall Graphviz "
    + "(Debian/Ubuntu: sudo apt-get install --reinstall graphviz libgraphviz-dev; "
    + "macOS: brew reinstall graphviz). If GVBINDIR is set, check that it points at "
    + "Graphviz's plugin directory."
}
