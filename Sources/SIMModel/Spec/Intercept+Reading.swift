extension Intercept {
  /// The keys of an intercept.
  package static let shape = ObjectShape(
    "intercept", "One intercept: its steps, resources, gaps and figures",
    fields: [
      FieldShape(
        "decision-points", .list(DecisionPoint.entryShape),
        "The steps in order; leave out for the SIM defaults"),
      FieldShape("resources", .list(.object(Resource.shape)), "Programmes and services here"),
      FieldShape("gaps", .list(.object(Gap.shape)), "What is missing or failing here"),
      FieldShape("measures", .list(.object(Measure.shape)), "Figures for the intercept"),
    ])

  init(reading reader: ObjectReader, number: InterceptNumber, continuum: Continuum) {
    let defaults = DecisionPoint.allDefaults(for: continuum)
    let points: [DecisionPoint]
    if reader["decision-points"] != nil {
      points = reader.entities("decision-points") {
        DecisionPoint(reading: $0, defaults: defaults, continuum: continuum)
      }
    } else {
      points = DecisionPoint.defaults(for: number, continuum: continuum)
    }
    self.init(
      number: number, decisionPoints: points,
      resources: reader.entities("resources") { Resource(reading: $0) },
      gaps: reader.entities("gaps") { Gap(reading: $0) },
      measures: reader.entities("measures") { Measure(reading: $0) })
  }
}
