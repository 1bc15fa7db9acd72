import ArgumentParser
import Foundation
import SIMModel

extension SimmapCommand {
  struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
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
      let text = Worksheet(name: name, continuum: continuum).text()
      if path == "-" {
        FileHandle.standardOutput.write(Data(text.utf8))
        return
      }
      do {
        try AtomicFile.write(Data(text.utf8), to: path, replace: false)
      } catch {
        Terminal.printError("error: \(error)")
        throw ExitStatus.cannotWrite
      }
      Terminal.printOutput("Wrote \(path). Fill it in, then run: simmap validate \(path)")
    }
  }
}

extension Continuum: ExpressibleByArgument {}
