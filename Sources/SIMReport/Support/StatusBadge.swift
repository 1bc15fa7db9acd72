import SIMModel

/// Status words as labels with a tone, so every table marks statuses the same way.
enum StatusBadge {
  static func resource(_ status: Resource.Status) -> Inline {
    let tone: Inline.Tone =
      switch status {
      case .operating: .good
      case .limited: .partial
      case .planned: .planned
      case .ended: .neutral
      }
    return .status(ReportWording.status(status), tone: tone)
  }

  static func exchange(_ status: Exchange.Status) -> Inline {
    let tone: Inline.Tone =
      switch status {
      case .inPlace: .good
      case .partial: .partial
      case .planned: .planned
      case .gap: .bad
      }
    return .status(ReportWording.status(status), tone: tone)
  }

  static func step(_ status: Action.Step.Status) -> Inline {
    let tone: Inline.Tone =
      switch status {
      case .done: .good
      case .inProgress: .partial
      case .notStarted: .neutral
      case .blocked: .bad
      }
    return .status(ReportWording.status(status), tone: tone)
  }

  static func severity(_ severity: Gap.Severity) -> Inline {
    let tone: Inline.Tone =
      switch severity {
      case .high: .bad
      case .medium: .partial
      case .low: .neutral
      }
    return .status(ReportWording.capitalized(severity.label), tone: tone)
  }

  static func finding(_ severity: Severity) -> Inline {
    let tone: Inline.Tone =
      switch severity {
      case .error: .bad
      case .warning: .partial
      case .note: .neutral
      }
    return .status(ReportWording.capitalized(severity.rawValue), tone: tone)
  }
}
