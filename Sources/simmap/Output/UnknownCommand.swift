import SIMModel

/// A first argument that is not a command: `simmap rendr` gets "did you mean 'render'?".
struct UnknownCommand {
  var word: String
  var suggestion: String?
  var commands: [String]

  /// Nil when the first argument (after `help`) is a command, an option, or missing.
  init?(arguments: [String], commands: [String]) {
    // `simmap help rendr` is checked like `simmap rendr`.
    let words = arguments.first == "help" ? Array(arguments.dropFirst()) : arguments
    guard let first = words.first, !first.hasPrefix("-"), first != "help",
      !commands.contains(first)
    else { return nil }
    word = first
    self.commands = commands
    suggestion =
      Suggestion.closest(to: first, in: commands)
      ?? commands.first { $0.hasPrefix(first.lowercased()) && first.count >= 3 }
  }

  /// The message for standard error, ending with how to see every command.
  var message: String {
    let hint =
      suggestion.map { "did you mean '\($0)'?" }
      ?? "the commands are \(commands.joined(separator: ", "))"
    return "error: '\(word)' is not a simmap command; \(hint)\n"
      + "Run 'simmap --help' to see every command."
  }
}
