import Testing

@testable import SIMRender

/// The label budget counts characters, not bytes, whichever way a text is measured.
struct LabelCapBudgetTests {
  @Test("a CRLF line break counts as one character of the budget, not two bytes")
  func carriageReturnLineFeed() {
    let breaks = String(repeating: "\r\n", count: LabelCap.characters / 2)
    let letters = String(repeating: "x", count: LabelCap.characters / 2)
    let lines = [HTMLLine([HTMLRun(breaks), HTMLRun(letters)])]
    #expect(LabelCap.capped(lines) == lines)
  }

  @Test("ASCII runs use up the budget run by run, and the run that passes it is cut")
  func asciiRunsShareTheBudget() {
    let run = String(repeating: "x", count: 700)
    let capped = LabelCap.capped([HTMLLine([HTMLRun(run), HTMLRun(run), HTMLRun(run)])])
    let texts = capped.flatMap(\.runs).map(\.text)
    #expect(texts.count == 3)
    #expect(texts[0] == run && texts[1] == run)
    #expect(texts[2] == String(repeating: "x", count: LabelCap.characters - 1401) + "…")
  }
}
