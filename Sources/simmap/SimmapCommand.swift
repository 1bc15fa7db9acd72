import ArgumentParser
import Foundation
import GraphvizKit

@main
struct SimmapCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "simmap",
    abstract: "Map, check and draw a Sequential Intercept Model map.",
    discussion: """
      A map is a YAML file (map.yaml) describing a jurisdiction's intercepts, resources, gaps, \
      information exchanges and priorities. Start with `simmap init`, fill it in, then check it.

      Examples:
        simmap init --name "Riverbend County" riverbend.yaml
        simmap validate riverbend.yaml
        simmap analyze riverbend.yaml
        simmap practices --intercept 2
        simmap render riverbend.yaml --format png
        simmap report riverbend.yaml --format markdown
        simmap charter riverbend.yaml
        simmap compare riverbend.yaml hancock-oh-2017
        simmap compare riverbend.yaml --library
        simmap diff riverbend-2026.yaml riverbend-2027.yaml
        simmap validate --format json Maps/*.yaml
        simmap schema -o simmap.schema.json

      Exit codes: 0 ok, 1 the map has problems (for analyze: or a finding is an error), 64 usage \
      error (such as an unknown command or option), 69 Graphviz unavailable, 70 internal error \
      (a bug in simmap), 73 an output file could not be written.
      """,
    version: SimmapVersion.current,
    subcommands: [
      Validate.self, Analyze.self, Render.self, Practices.self, Init.self, Schema.self,
      Compare.self, Diff.self,
      Report.self, Charter.self,
      Doctor.self,
    ]
  )

  /// Runs the command line: says "did you mean" for a mistyped command, and exits 70 with a
  /// plea to report it for any error that is not one of simmap's own exit statuses.
  static func main() {
    let arguments = Array(CommandLine.arguments.dropFirst())
    // A Graphviz worker started by a GraphvizWorkerPool; hidden from help.
    if arguments == [GraphvizWorkerServer.argument] {
      Foundation.exit(GraphvizWorkerServer.run())
    }
    if let mistake = UnknownCommand(arguments: arguments, commands: commandNames) {
      Terminal.printError(mistake.message)
      Foundation.exit(ExitCode.validationFailure.rawValue)
    }
    var command: any ParsableCommand
    do {
      command = try parseAsRoot(arguments)
    } catch {
      exit(withError: error)
    }
    do {
      try InternalError.triggerForTesting()
      try command.run()
    } catch let error as InternalError {
      Terminal.printError(error.description)
      Foundation.exit(ExitStatus.internalError.rawValue)
    } catch {
      guard InternalError.isExpected(error) else {
        Terminal.printError(InternalError.unexpected(error).description)
        Foundation.exit(ExitStatus.internalError.rawValue)
      }
      exit(withError: error)
    }
  }

  /// The names of the subcommands, as typed.
  static var commandNames: [String] {
    configuration.subcommands.map { $0._commandName }
  }
}

/// The release of simmap, shown by `--version`.
enum SimmapVersion {
  static let current = "0.1.0"
}
