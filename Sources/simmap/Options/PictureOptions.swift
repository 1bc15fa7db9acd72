import ArgumentParser
import SIMRender

/// `--theme`: the look of the pictures a command draws.
struct PictureOptions: ParsableArguments {
  @Option(help: "The look of the pictures: \(Theme.names.joined(separator: ", ")).")
  var theme: Theme = .default
}
