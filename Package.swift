// swift-tools-version:6.0
// simmap builds and is tested on Linux (Debian 12 with its Graphviz 2.42); see README.
import PackageDescription

let package = Package(
  name: "simmap",
  products: [
    .executable(name: "simmap", targets: ["simmap"]),
    // GraphvizKit is the one library offered to other packages (DOT in, SVG/PNG/PDF out); the
    // SIM targets are simmap's own and use `package` access.
    .library(name: "GraphvizKit", targets: ["GraphvizKit"]),
  ],
  dependencies: [
    .package(url: "https://github.com/jpsim/Yams.git", from: "6.2.2"),
    .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
  ],
  targets: [
    .target(
      name: "SIMModel",
      dependencies: [.product(name: "Yams", package: "Yams")]
    ),
    // The sample maps of Maps/, compiled in; Sources/SIMSampleMaps/Maps links to Maps/.
    .target(name: "SIMSampleMaps", resources: [.embedInCode("Maps")]),
    .target(
      name: "SIMAnalysis",
      dependencies: ["SIMModel", "SIMSampleMaps", .product(name: "Yams", package: "Yams")],
      // The catalogs are compiled in as Swift values (Catalog/StandardCatalogs+Generated.swift,
      // checked against these files by GeneratedCatalogTests; `make catalogs` regenerates it).
      exclude: ["Resources"]
    ),
    .target(name: "SIMRender", dependencies: ["SIMModel", "SIMAnalysis"]),
    .systemLibrary(
      name: "CGraphviz",
      pkgConfig: "libgvc",
      providers: [.apt(["libgraphviz-dev"])]
    ),
    .target(name: "GraphvizKit", dependencies: ["CGraphviz"]),
    .target(
      name: "SIMReport", dependencies: ["SIMModel", "SIMAnalysis", "SIMRender", "GraphvizKit"]),
    .executableTarget(
      name: "simmap-bench",
      dependencies: [
        "SIMModel", "SIMAnalysis", "SIMRender", "GraphvizKit", "SIMTestSupport",
        .product(name: "Yams", package: "Yams"),
      ]),
    // The fuzz target: replays files in a normal build; `make fuzz` builds the libFuzzer one.
    .executableTarget(
      name: "simmap-fuzz",
      dependencies: ["SIMModel", "SIMAnalysis", "SIMRender", "SIMReport", "GraphvizKit"]),
    .target(
      name: "SIMTestSupport", dependencies: ["SIMModel", "SIMAnalysis", "SIMRender"],
      path: "Sources/SIMTestSupport"),
    .executableTarget(
      name: "simmap",
      dependencies: [
        "SIMModel",
        "SIMAnalysis",
        "SIMRender",
        "GraphvizKit",
        "SIMReport",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .testTarget(
      name: "SIMModelTests",
      dependencies: ["SIMModel", "SIMAnalysis", "SIMTestSupport"],
      exclude: ["Golden"]
    ),
    .testTarget(
      name: "SIMAnalysisTests",
      dependencies: ["SIMAnalysis", "SIMModel", "SIMSampleMaps", "SIMTestSupport"],
      exclude: ["Golden"]
    ),
    .testTarget(name: "GraphvizKitTests", dependencies: ["GraphvizKit"]),
    .testTarget(
      name: "RenderingTests",
      dependencies: ["SIMModel", "SIMAnalysis", "SIMRender", "GraphvizKit", "SIMTestSupport"]),
    .testTarget(
      name: "SIMRenderTests",
      dependencies: ["SIMRender", "SIMModel", "SIMAnalysis", "SIMTestSupport"],
      exclude: ["Golden", "Fixtures"]),
    .testTarget(
      name: "SIMReportTests",
      dependencies: ["SIMReport", "SIMAnalysis", "SIMModel", "GraphvizKit", "SIMTestSupport"],
      exclude: ["Golden"]
    ),
    .testTarget(name: "SIMTestSupportTests", dependencies: ["SIMTestSupport"]),
    .testTarget(
      name: "CLITests",
      dependencies: ["simmap", "SIMTestSupport"]
    ),
  ],
  swiftLanguageModes: [.v6]
)
