import ArgumentParser
import SIMModel

/// Options every command that reads maps shares.
struct InputOptions: ParsableArguments {
  @Option(
    name: .customLong("max-size"),
    help: "The largest map file to read, in MiB (default 10).")
  var maximumSizeMiB: Int = LoadOptions.defaultMaximumFileSize / 1_048_576

  @Flag(help: "Treat warnings (such as unknown keys) as errors.")
  var strict = false

  func validate() throws {
    guard maximumSizeMiB > 0 else { throw ValidationError("--max-size must be at least 1 (MiB)") }
  }

  var loadOptions: LoadOptions {
    LoadOptions(maximumFileSize: maximumSizeMiB * 1_048_576)
  }

  /// The diagnostics as the user asked to see them: warnings promoted under --strict.
  func applyingStrictness(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
    strict ? diagnostics.promotingWarnings() : diagnostics
  }
}
