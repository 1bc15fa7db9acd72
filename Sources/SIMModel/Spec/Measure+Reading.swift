extension Measure {
  /// The keys of a measure.
  package static let shape = ObjectShape(
    "measure", "A figure, such as bookings a year",
    fields: [
      FieldShape("name", .text, required: true, "What is counted"),
      FieldShape("value", .number(minimum: 0), required: true, "The figure, 0 or more"),
      FieldShape("unit", .text, "The unit, such as bookings or %"),
      FieldShape("year", .integer(minimum: 0), "The year the figure is for"),
      .source,
    ])

  init?(reading node: MapNode) {
    guard let reader = node.object(Self.shape) else { return nil }
    self.init(
      name: reader.nonEmptyText("name") ?? "", value: reader["value"]?.number(minimum: 0) ?? 0,
      unit: reader.text("unit"), year: reader.integer("year", minimum: 0), sources: reader.sources)
  }
}
