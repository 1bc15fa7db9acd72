import ArgumentParser
import SIMModel

/// Options every command that reads maps shares.
struct InputOptions: ParsableArguments {
  /// The largest `--max-size`, in MiB: far above any real map, and safe to turn into bytes.
  static let maximumSizeLimitMiB = 1_024

  @Option(
    name: .customLong("max-size"),
    help: ArgumentHelp(
      "The largest map file to read, in MiB, from 1 to \(maximumSizeLimitMiB).",
      valueName: "MiB"))
  var maximumSizeMiB: Int = LoadOptions.defaultMaximumFileSize / 1_048_576

  @Flag(help: "Treat warnings (such as unknown keys) as errors.")
  var strict = false

  func validate() throws {
    guard (1...Self.maximumSizeLimitMiB).contains(maximumSizeMiB) else {
      throw ValidationError(
        "--max-size must be a number of MiB from 1 to \(Self.maximumSizeLimitMiB), such as 10")
    }
  }

  var loadOptions: LoadOptions {
    LoadOptions(maximumFileSize: maximumSizeMiB * 1_048_576)
  }

  /// The diagnostics as the user asked to see them: warnings promoted under --strict.
  func applyingStrictness(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
    strict ? diagnostics.promotingWarnings() : diagnostics
  }
}
