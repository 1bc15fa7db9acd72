import Foundation

/// Turns a finding's message, written without a capital or a full stop, into a sentence.
enum Sentence {
  /// `the map has no team` gives `The map has no team.`
  static func make(_ text: String) -> String {
    let trimmed = text.trimmingCharacters(in: .whitespaces)
    guard let first = trimmed.first else { return trimmed }
    var sentence = first.uppercased() + trimmed.dropFirst()
    if let last = sentence.last, !".!?".contains(last) { sentence += "." }
    return sentence
  }
}
