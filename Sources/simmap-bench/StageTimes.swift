import Foundation

/// The warm times of one map, in milliseconds: medians of repeated runs in one process.
struct StageTimes {
  var label: String
  var resources = 0
  var load = 0.0
  var validate = 0.0
  var buildDOT = 0.0
  var layout = 0.0
  var render: Double? = 0
  var inProcess = 0.0

  static let header = """
    | map | resources | load | validate | build DOT | layout | render SVG | layout + SVG |
    | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
    """

  var row: String {
    let cells = [
      label, String(resources), Self.ms(load), Self.ms(validate), Self.ms(buildDOT),
      Self.ms(layout), render.map(Self.ms) ?? "(noise)", Self.ms(inProcess),
    ]
    return "| " + cells.joined(separator: " | ") + " |"
  }

  static func ms(_ value: Double) -> String {
    value < 10 ? String(format: "%.2f", value) : String(format: "%.1f", value)
  }
}
