import ArgumentParser

/// A closed choice given on the command line, accepted in any case: `--paper A4` is `a4`.
protocol CaseInsensitiveChoice: RawRepresentable<String>, CaseIterable, ExpressibleByArgument {}

extension CaseInsensitiveChoice {
  init?(argument: String) {
    self.init(rawValue: argument.lowercased())
  }
}
