/// Graphviz's messages for one job, split by level.
///
/// cgraph writes each message as `Error: text` or `Warning: text`; a message of several lines
/// continues without a prefix, at the level of the line before it.
struct GraphvizMessages: Equatable, Sendable {
  /// Every line, in order.
  var lines: [String] = []
  /// The lines of error messages.
  var errors: [String] = []
  /// The lines of warnings.
  var warnings: [String] = []

  /// Splits trimmed, non-empty lines by level.
  init(lines: [String]) {
    self.lines = lines
    var isError = false
    for line in lines {
      if line.hasPrefix("Error:") {
        isError = true
      } else if line.hasPrefix("Warning:") {
        isError = false
      }
      if isError { errors.append(line) } else { warnings.append(line) }
    }
  }
}
