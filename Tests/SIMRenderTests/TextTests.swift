import SIMModel
import Testing

@testable import SIMRender

/// Wrapping, figures and dates.
struct TextTests {
  @Test("wraps at word boundaries")
  func wraps() {
    #expect(
      TextWrapper.wrap("Crisis Intervention Team training for officers", width: 20)
        == ["Crisis Intervention", "Team training for", "officers"])
    #expect(TextWrapper.wrap("  spaced \n out  ", width: 28) == ["spaced out"])
    #expect(TextWrapper.wrap("", width: 28) == [])
  }

  @Test("splits a word longer than the width without losing characters")
  func longWord() {
    let word = String(repeating: "abcdefghij", count: 7)
    let lines = TextWrapper.wrap(word, width: 28)
    #expect(lines.map(\.count) == [28, 28, 14])
    #expect(lines.joined() == word)
  }

  @Test("formats figures plainly")
  func figures() {
    #expect(FigureText.number(10000) == "10,000")
    #expect(FigureText.number(1234567.891) == "1,234,567.89")
    #expect(FigureText.number(18.5) == "18.5")
    #expect(FigureText.number(0.05) == "0.05")
    #expect(
      FigureText.value(of: Measure(name: "x", value: 50, unit: "percent", year: 2016))
        == "50% (2016)")
    #expect(FigureText.value(of: Measure(name: "x", value: 2063, unit: "calls")) == "2,063 calls")
  }

  @Test("formats workshop dates plainly")
  func dates() {
    let day = { (y: Int, m: Int?, d: Int?) in CalendarDate(year: y, month: m, day: d) }
    #expect(DateText.span([day(2017, 3, 3), day(2017, 3, 2)]) == "2–3 March 2017")
    #expect(DateText.span([day(2010, 11, nil)]) == "November 2010")
    #expect(DateText.span([day(2011, 6, 30), day(2011, 7, 1)]) == "30 June – 1 July 2011")
    #expect(
      DateText.span([day(2016, 12, 30), day(2017, 1, 2)]) == "30 December 2016 – 2 January 2017")
    #expect(DateText.span([day(2026, 3, 2), day(2026, 3, 9)]) == "2 and 9 March 2026")
    #expect(DateText.span([]) == nil)
  }
}
