import ArgumentParser
import Foundation
import SIMModel

extension SimmapCommand {
  struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "init",
      abstract: "Write a blank, commented map worksheet to fill in.",
      discussion: """
        The worksheet lists all six intercepts with their default decision points and notes on \
        what to fill in. It never replaces an existing file.

        Examples:
          simmap init
          simmap init --name "Riverbend County" riverbend.yaml
          simmap init --continuum juvenile --name "Riverbend County" juvenile.yaml
        """)

    @Option(help: "adult or juvenile: which intercept wording and decision points to use.")
    var continuum: Continuum = .adult

    @Option(help: "The jurisdiction's name.")
    var name = "My County"

    @Argument(help: "Where to write the map; - writes it to standard output.")
    var path = "map.yaml"

    func run() throws {
      let data = Data(Worksheet(name: name, continuum: continuum).text().utf8)
      guard
        let file = try OutputTarget.parse(path, several: false, what: "").path(named: "map.yaml")
      else {
        FileHandle.standardOutput.write(data)
        return
      }
      try OutputFile.write(data, to: file, replace: false)
      Terminal.printOutput("Fill it in, then run: simmap validate \(file)")
    }
  }
}

extension Continuum: ExpressibleByArgument {
  /// The continuum a `--continuum` value names, in any case.
  package init?(argument: String) {
    self.init(rawValue: argument.lowercased())
  }
}
