extension Exchange {
  /// Whether an exchange happens.
  package enum Status: String, Vocabulary {
    /// It happens as intended.
    case inPlace = "in-place"
    /// It happens for some people, some data or some of the time.
    case partial
    /// It has been agreed but not started.
    case planned
    /// It is needed but does not happen.
    case gap
  }

  /// How often information flows.
  package enum Frequency: String, Vocabulary {
    case realTime = "real-time"
    case daily, weekly, monthly, quarterly
    case perEvent = "per-event"
    case asNeeded = "as-needed"
    case oneTime = "one-time"

    /// Whether the exchange repeats on a schedule or with every event.
    package var isRecurring: Bool { self != .asNeeded && self != .oneTime }
  }

  /// How information is sent.
  package enum Mechanism: String, Vocabulary {
    case automated
    case electronicManual = "electronic-manual"
    case paper, phone
    case adHoc = "ad-hoc"
  }

  /// A kind of record, which decides the law that protects it.
  package enum RecordKind: String, Vocabulary {
    /// Protected health information (HIPAA).
    case health
    /// Substance use disorder treatment records (42 CFR Part 2).
    case substanceUse = "substance-use"
    /// Education records (FERPA).
    case education
    /// Criminal justice information (CJIS).
    case criminalJustice = "criminal-justice"
    /// Benefit and coverage records.
    case benefits
    /// Names, dates of birth and other identifiers only.
    case identifiers
  }
}
