import Foundation

/// The measured times of one map, in milliseconds.
struct StageTimes {
  var label: String
  var resources = 0
  var load = 0.0
  var validate = 0.0
  var buildDOT = 0.0
  var layout = 0.0
  var render: Double? = 0
  var inProcess = 0.0
  var subprocess = 0.0

  static let header = """
    | map | resources | load | validate | build DOT | layout | render SVG | in process (layout + SVG) | dot -Tsvg subprocess | subprocess / in process |
    | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
    """

  var row: String {
    let ratio = inProcess > 0 ? subprocess / inProcess : 0
    let cells = [
      label, String(resources), ms(load), ms(validate), ms(buildDOT), ms(layout),
      render.map(ms) ?? "(noise)",
      ms(inProcess), ms(subprocess), String(format: "%.1f×", ratio),
    ]
    return "| " + cells.joined(separator: " | ") + " |"
  }

  private func ms(_ value: Double) -> String {
    value < 10 ? String(format: "%.2f", value) : String(format: "%.0f", value)
  }
}
