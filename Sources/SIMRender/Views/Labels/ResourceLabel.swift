import SIMModel

/// The text of a resource's box, short for the map or full for a breakout group.
struct ResourceLabel {
  let map: Map
  let theme: Theme

  /// Name, agencies' short names, capacity, the first figure and the status marker.
  func compact(_ resource: Resource) -> HTMLLabel {
    let runs = theme.runs
    var builder = LabelBuilder()
    builder.add(resource.name, runs.name, width: runs.nameWidth)
    let agencies = resource.agencies.map { Wording.agencyShortName($0, in: map) }
    builder.add(agencies.joined(separator: " · "), runs.detail, width: runs.detailWidth)
    builder.add(optional: resource.capacity, runs.detail, width: runs.detailWidth)
    if let measure = resource.measures.first {
      builder.add(FigureText.sentence(for: measure), runs.detail, width: runs.detailWidth)
    }
    builder.add(optional: alsoServes(resource), runs.note, width: runs.detailWidth)
    builder.add(
      optional: theme.resources[resource.status].marker, runs.marker, width: runs.detailWidth)
    return builder.label
  }

  /// Everything the map says about the resource, left-aligned.
  func detailed(_ resource: Resource) -> HTMLLabel {
    let runs = theme.runs
    let width = runs.descriptionWidth
    var builder = LabelBuilder(alignment: .left)
    builder.add(resource.name, runs.name, width: runs.nameWidth + 8)
    builder.add(optional: theme.resources[resource.status].marker, runs.marker, width: width)
    let agencies = resource.agencies.map { Wording.agencyFullName($0, in: map) }
    builder.add(
      labelled: "Run by", agencies.joined(separator: "; "), labelStyle: runs.detailLabel,
      style: runs.detail, width: width)
    builder.add(
      labelled: "Practice", resource.practice.map(Wording.identifier), labelStyle: runs.detailLabel,
      style: runs.detail, width: width)
    builder.add(optional: resource.description, runs.detail, width: width)
    builder.add(
      labelled: "Capacity", resource.capacity, labelStyle: runs.detailLabel, style: runs.detail,
      width: width)
    builder.add(
      labelled: "Hours", resource.hours, labelStyle: runs.detailLabel, style: runs.detail,
      width: width)
    for measure in resource.measures {
      builder.add("• " + FigureText.sentence(for: measure), runs.detail, width: width)
    }
    builder.add(optional: alsoServes(resource), runs.note, width: width)
    return builder.label
  }

  private func alsoServes(_ resource: Resource) -> String? {
    guard !resource.alsoServes.isEmpty else { return nil }
    let numbers = resource.alsoServes.map(\.description).joined(separator: ", ")
    return (resource.alsoServes.count == 1 ? "also serves Intercept " : "also serves Intercepts ")
      + numbers
  }
}
