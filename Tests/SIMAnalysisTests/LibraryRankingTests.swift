import Foundation
import SIMAnalysis
import SIMModel
import SIMSampleMaps
import SIMTestSupport
import Testing

@Suite("MapLibrary and LibraryRanking")
struct LibraryRankingTests {
  @Test("the bundled library holds every Maps file, byte for byte, and each one validates")
  func bundledIsMaps() throws {
    let files = Fixtures.yamlFiles(in: "Maps")
    #expect(
      SampleMaps.files.map(\.name) == files.map(\.lastPathComponent),
      "list every Maps/*.yaml file in Sources/SIMSampleMaps/SampleMaps.swift")
    for file in files {
      let sample = try #require(SampleMaps.file(named: file.lastPathComponent))
      #expect(sample.text == (try String(contentsOf: file, encoding: .utf8)))
    }
    let library = MapLibrary.bundled()
    #expect(library.problems.isEmpty)
    #expect(library.entries.map(\.loaded.file) == files.map(\.lastPathComponent))
  }

  @Test("a sample map is found by its name, with or without .yaml or a folder")
  func bundledByName() throws {
    for name in ["hancock-oh-2017", "hancock-oh-2017.yaml", "Maps/hancock-oh-2017.yaml"] {
      let result = try #require(MapLibrary.bundledMap(named: name))
      #expect(result.loaded?.map.jurisdiction.name == "Hancock County")
      #expect(result.diagnostics.isEmpty)
    }
    #expect(MapLibrary.bundledMap(named: "nowhere-county") == nil)
  }

  @Test("a juvenile map's juvenile peer comes first; the map itself is left out")
  func juvenilePeersFirst() throws {
    let pinellas = try ComparisonFixtures.map("Maps/pinellas-fl-2011-juvenile.yaml")
    let peer = try ComparisonFixtures.juvenilePeer()
    var library = MapLibrary.bundled()
    library = MapLibrary(
      name: "the sample maps and a juvenile fixture",
      entries: library.entries + [MapLibrary.Entry(loaded: peer)])
    let ranking = LibraryRanking(ours: pinellas, library: library)
    #expect(ranking.peers.first?.summary.name == "Cedar Valley County")
    #expect(ranking.peers.first?.summary.continuum == .juvenile)
    #expect(ranking.peers.dropFirst().allSatisfy { $0.summary.continuum == .adult })
    #expect(ranking.leftOut.map(\.file) == ["pinellas-fl-2011-juvenile.yaml"])
    #expect(ranking.peers.map(\.rank) == Array(1...ranking.peers.count))
    let values = ranking.peers.map(\.similarity.value)
    #expect(values == values.sorted(by: >))
  }

  @Test("the juvenile fixture ranks the juvenile sample map first")
  func juvenileSampleFirst() throws {
    let ranking = LibraryRanking(
      ours: try ComparisonFixtures.juvenilePeer(), library: MapLibrary.bundled())
    #expect(ranking.peers.count == 8)
    #expect(ranking.peers.first?.summary.file == "pinellas-fl-2011-juvenile.yaml")
  }

  @Test("lessons name the peer's resource or exchange and the source its map cites")
  func lessonsCiteSources() throws {
    let pinellas = try ComparisonFixtures.map("Maps/pinellas-fl-2011-juvenile.yaml")
    let library = MapLibrary(
      name: "one peer", entries: [MapLibrary.Entry(loaded: try ComparisonFixtures.juvenilePeer())])
    let ranking = LibraryRanking(ours: pinellas, library: library, learningFrom: 1)
    let items = try #require(ranking.lessons.first).items
    let practices = items.filter { $0.kind == .practice }.compactMap(\.practice?.id)
    #expect(practices == ["youth-mobile-crisis", "detention-screening", "multisystemic-therapy"])
    let exchange = try #require(items.first { $0.kind == .exchange })
    #expect(exchange.title == "JAC → Family BH: detention screen result, referral")
    #expect(exchange.evidence.first?.sources.first?.url?.hasPrefix("https://example.org/") == true)
    let mst = try #require(items.first { $0.practice?.id == "multisystemic-therapy" })
    #expect(mst.evidence.map(\.name) == ["Multisystemic Therapy"])
    #expect(mst.evidence.first?.status == "limited")
    #expect(
      mst.evidence.first?.sources.first?.title
        == "Cedar Valley County juvenile cross-systems mapping report (fictional)")
  }

  @Test("a folder that is not there is an error; a map with errors is left out")
  func folderProblems() throws {
    #expect(throws: MapLibrary.ReadError.self) {
      try MapLibrary.folder("/nonexistent/simmap-library")
    }
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "simmap-library-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    try Data("simmap: 1\njurisdiction: {name: Broken}\nagencies: 3\n".utf8).write(
      to: folder.appendingPathComponent("broken.yaml"))
    try FileManager.default.copyItem(
      at: Fixtures.root.appendingPathComponent("Maps/lucas-oh-2014.yaml"),
      to: folder.appendingPathComponent("lucas.yaml"))
    let library = try MapLibrary.folder(folder.path)
    #expect(library.entries.map(\.loaded.map.jurisdiction.name) == ["Lucas County"])
    #expect(library.problems.map(\.file) == [folder.path + "/broken.yaml"])
  }
}
