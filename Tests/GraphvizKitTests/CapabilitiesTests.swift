import GraphvizKit
import Testing

extension GraphvizEngineSuites {
  @Suite struct CapabilitiesTests {
    @Test("reports version, dot layout, all formats and the pinned font")
    func capabilities() {
      let capabilities = GraphvizEngine.shared.capabilities()
      #expect(capabilities.version?.first?.isNumber == true)
      #expect(capabilities.isDotLayoutAvailable)
      #expect(capabilities.layoutEngines.contains("neato"))
      #expect(capabilities.availableFormats == GraphvizFormat.allCases)
      #expect(capabilities.isPinnedFontAvailable == true)
    }
  }
}
