extension AnalysisSettings {
  /// The keys of the `analysis:` section.
  package static let shape = ObjectShape(
    "analysis", "Settings for simmap analyze",
    fields: [
      FieldShape(
        "disabled", .oneOrList(.identifier),
        "Analysis rules to switch off, by id, such as no-measures")
    ])

  init(reading reader: ObjectReader) {
    self.init(
      disabled: reader.oneOrList("disabled") { $0.identifier(AnalysisSettings.self)?.rawValue })
  }
}
