import ArgumentParser
import SIMReport

/// `--paper`: the paper a printed HTML document is laid out for.
struct PaperOptions: ParsableArguments {
  enum Choice: String, CaseInsensitiveChoice {
    case letter, a4
  }

  @Option(help: "The paper the HTML is laid out for when printed: letter or a4.")
  var paper: Choice = .letter

  /// The paper, as SIMReport names it.
  var value: Paper {
    switch paper {
    case .letter: .letter
    case .a4: .a4
    }
  }
}
