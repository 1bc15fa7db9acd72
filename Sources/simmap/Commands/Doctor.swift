import ArgumentParser
import GraphvizKit

extension SimmapCommand {
  struct Doctor: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "doctor",
      abstract: "Check that Graphviz and the fonts simmap needs are installed.",
      discussion: """
        Reports the Graphviz version, its layout engines and output formats, and whether the \
        DejaVu Sans font is installed. Exits with status 69 when something simmap needs is \
        missing, and says how to fix it.
        """)

    func run() throws {
      let capabilities = GraphvizEngine.shared.capabilities()
      var problems: [String] = []
      Terminal.printOutput("simmap \(SimmapVersion.current)")
      guard let version = capabilities.version else {
        Terminal.printOutput("Graphviz:        not usable")
        Terminal.printError(
          "error: Graphviz could not start; install it with: sudo apt-get install graphviz libgraphviz-dev"
        )
        throw ExitStatus.unavailable
      }
      Terminal.printOutput("Graphviz:        \(version)")
      Terminal.printOutput("Layout engines:  \(list(capabilities.layoutEngines))")
      Terminal.printOutput("Output formats:  \(list(capabilities.outputFormats))")
      if !capabilities.isDotLayoutAvailable {
        problems.append(
          "the dot layout engine is missing; rebuild Graphviz's plugin list with: sudo dot -c")
      }
      let missing = GraphvizFormat.allCases.filter { !capabilities.availableFormats.contains($0) }
      if !missing.isEmpty {
        problems.append(
          "Graphviz cannot write \(missing.map(\.rawValue).joined(separator: ", ")); "
            + "install graphviz (for PNG and PDF: the cairo plugin) and run: sudo dot -c")
      }
      let font = GraphvizCapabilities.pinnedFontFamily
      switch capabilities.isPinnedFontAvailable {
      case true?: Terminal.printOutput("Font:            \(font) (installed)")
      case false?:
        Terminal.printOutput("Font:            \(font) (missing)")
        problems.append(
          "the \(font) font is missing; install it with: sudo apt-get install fonts-dejavu-core")
      case nil:
        Terminal.printOutput("Font:            \(font) (could not check: fc-list not found)")
      }
      if problems.isEmpty {
        Terminal.printOutput("Everything simmap needs is installed.")
        return
      }
      for problem in problems { Terminal.printError("error: \(problem)") }
      throw ExitStatus.unavailable
    }

    private func list(_ items: [String]) -> String {
      items.isEmpty ? "(none)" : items.joined(separator: ", ")
    }
  }
}
