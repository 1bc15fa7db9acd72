import SIMModel

/// The title over a picture: the jurisdiction, what the picture shows, the workshop date and,
/// for sample maps, where the content comes from. Nothing comes from the clock.
struct TitleBlock {
  let map: Map
  let theme: Theme

  /// The title lines, with `subject` saying what the picture shows.
  func label(subject: String) -> HTMLLabel {
    let runs = theme.runs
    let width = runs.nameWidth * 3
    var builder = LabelBuilder()
    builder.add(place, runs.title, width: width)
    let model =
      map.continuum == .juvenile
      ? "Juvenile Sequential Intercept Model" : "Sequential Intercept Model"
    builder.add(model + " — " + subject, runs.subtitle, width: width * 2)
    if let dates = map.workshop.flatMap({ DateText.span($0.dates) }) {
      builder.add("Mapping workshop: " + dates, runs.subtitle, width: width * 2)
    }
    if map.provenance != nil {
      var note = runs.note
      note.color = theme.palette.mutedText
      builder.add(
        "Where this content comes from: see the provenance note in the map file.", note,
        width: width * 2)
    }
    return builder.label
  }

  /// The graph attributes that put the title on top.
  func attributes(subject: String) -> DOTAttributes {
    [.label: label(subject: subject), .labelloc: "t", .labeljust: "c"]
  }

  private var place: String {
    let jurisdiction = map.jurisdiction
    guard let state = jurisdiction.state, !state.isEmpty else { return jurisdiction.name }
    return jurisdiction.name + ", " + state
  }
}
