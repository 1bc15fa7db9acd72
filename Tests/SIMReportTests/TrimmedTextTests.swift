import Foundation
import Testing

@testable import SIMReport

@Suite("trimmed text")
struct TrimmedTextTests {
  @Test("trimmed drops the same leading and trailing characters as Foundation's trimming")
  func sameAsFoundation() {
    let samples = [
      "", " ", "\n\t \r\n", "text", "  text  ", "\ntwo words\n", "\u{00A0}nbsp\u{3000}",
      "\u{2028}line\u{2029}", "\u{0085}next\u{0085}", " \u{0301}accent ", "e\u{0301} ",
      "\r\n crlf \r\n", "inner  \n  space", "\u{200B}zero width\u{200B}", "👩‍👩‍👧 ",
    ]
    for sample in samples {
      #expect(sample.trimmed == sample.trimmingCharacters(in: .whitespacesAndNewlines), "\(sample)")
    }
  }
}
