import Foundation

extension GraphvizEngine {
  /// A start of Graphviz on another thread, begun by ``warmUp()``.
  public final class WarmUp: @unchecked Sendable {
    private let finished = DispatchSemaphore(value: 0)

    fileprivate init() {}

    fileprivate func finish() { finished.signal() }

    /// Blocks until the warm-up is over; returns at once when it already is. Wait before the
    /// process exits, so no Graphviz call is still running while the C libraries shut down.
    public func wait() {
      finished.wait()
      finished.signal()
    }
  }

  /// Starts Graphviz on another thread: creates the context (plugin configuration) and draws a
  /// one-node graph in the pinned font, which loads the text layout plugin, fontconfig's
  /// configuration and the regular, bold and italic faces.
  ///
  /// A command that will draw calls this first, so that start-up overlaps the command's own
  /// work (reading and checking the map, writing DOT) on a second core. The first real render
  /// waits for the warm-up through the engine's lock, and its output is the same as without
  /// it: graph ids are numbered per graph. Call ``WarmUp/wait()`` before exiting.
  public func warmUp() -> WarmUp {
    let warmUp = WarmUp()
    let font = GraphvizCapabilities.pinnedFontFamily
    let dot = """
      digraph warm_up { node [fontname="\(font)"]; w [label=<w<B>b</B><I>i</I>>] }
      """
    let thread = Thread {
      _ = try? self.render(dot: dot, formats: [.svg])
      warmUp.finish()
    }
    thread.start()
    return warmUp
  }
}
