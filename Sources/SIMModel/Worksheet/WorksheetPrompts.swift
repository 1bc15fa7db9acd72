/// What a facilitator fills in at each intercept (domain.md §2.4), worded for the worksheet.
enum WorksheetPrompts {
  static func prompt(for intercept: InterceptNumber, _ continuum: Continuum) -> String {
    let table = continuum == .adult ? adult : juvenile
    return table[intercept.value]
  }

  static func exampleID(for intercept: InterceptNumber, _ continuum: Continuum) -> String {
    let table =
      continuum == .adult
      ? [
        "crisis-line", "crisis-intervention-team", "booking-screening", "mental-health-court",
        "reentry-planning", "specialized-probation",
      ]
      : [
        "school-based-services", "civil-citation", "assessment-center", "juvenile-drug-court",
        "aftercare-planning", "specialized-probation",
      ]
    return table[intercept.value]
  }

  private static let adult = [
    "crisis lines and 988, mobile crisis, crisis stabilization, respite, housing.",
    "911 call triage, police agencies with CIT or co-responders, drop-off options.",
    "booking and screening, magistrate or first appearance, pretrial services.",
    "jail health care and MOUD, specialty and treatment courts, competency.",
    "release planning, medication at release, Medicaid, warm hand-offs.",
    "probation and parole, specialized caseloads, responses to violations.",
  ]

  private static let juvenile = [
    "crisis lines, youth mobile crisis, school-based mental health, family services.",
    "school referrals, school resource officers, civil citation.",
    "juvenile assessment center, detention screening, detention hearing.",
    "juvenile detention health care, juvenile court, treatment courts, diversion.",
    "reentry from placement, school re-enrolment, aftercare planning.",
    "juvenile probation, family therapies such as MST or FFT, wraparound.",
  ]
}
