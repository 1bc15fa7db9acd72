import ArgumentParser
import Foundation
import SIMModel

extension SimmapCommand {
  struct Schema: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Print the JSON Schema of map files, for editors that autocomplete YAML.",
      discussion: """
        With the YAML extension of VS Code (or any editor using yaml-language-server), add \
        this first line to a map to get completion and checking as you type:
          # yaml-language-server: $schema=simmap.schema.json

        Examples:
          simmap schema > simmap.schema.json
          simmap schema -o simmap.schema.json
        """)

    @Option(name: .shortAndLong, help: "Write the schema to this file instead of standard output.")
    var output: String?

    func run() throws {
      let text = JSONSchema.text()
      guard let output, output != "-" else {
        FileHandle.standardOutput.write(Data(text.utf8))
        return
      }
      do {
        try AtomicFile.write(Data(text.utf8), to: output)
      } catch {
        Terminal.printError("error: \(error)")
        throw ExitStatus.cannotWrite
      }
    }
  }
}
