import ArgumentParser
import Foundation
import SIMModel

extension SimmapCommand {
  struct Schema: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "schema",
      abstract: "Print the JSON Schema of map files, for editors that autocomplete YAML.",
      discussion: """
        With the YAML extension of VS Code (or any editor using yaml-language-server), add \
        this first line to a map to get completion and checking as you type:
          # yaml-language-server: $schema=simmap.schema.json

        Examples:
          simmap schema > simmap.schema.json
          simmap schema -o simmap.schema.json
        """)

    @OptionGroup var output: OutputOptions<FileOutput>

    func run() throws {
      let data = Data(JSONSchema.text().utf8)
      let target = try output.target(otherwise: .standardOutput)
      guard let file = target.path(named: "simmap.schema.json") else {
        FileHandle.standardOutput.write(data)
        return
      }
      try OutputFile.write(data, to: file)
    }
  }
}
