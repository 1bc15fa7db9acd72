import SIMModel

extension LinkageTemplate {
  /// Community providers on the health side.
  private static let providers: Set<Agency.Role> = [
    .communityMentalHealth, .sudTreatment, .behavioralHealthAuthority, .healthCenter,
    .crisisProvider,
  ]
  /// Courts and the parties around them.
  private static let courtSide: Set<Agency.Role> = [.court, .pretrial, .defense, .prosecution]
  /// Community supervision.
  private static let supervision: Set<Agency.Role> = [.probation, .parole, .court, .pretrial]

  /// The templates in order of preference; the first that fits a pair is suggested.
  static let all: [LinkageTemplate] = [
    LinkageTemplate(
      intercepts: [0, 1], justiceRoles: [.lawEnforcement, .dispatch],
      healthRoles: [
        .crisisProvider, .communityMentalHealth, .behavioralHealthAuthority, .hospital,
      ],
      direction: .justiceToHealth, title: "Police and 911 crisis contacts shared for follow-up",
      data: "date, place and outcome of each police or 911 contact with a person in crisis",
      records: [.identifiers, .criminalJustice],
      purpose: "so the provider can follow up, and both can find the people they see most often",
      bases: [.consent, .stateLaw]),
    LinkageTemplate(
      intercepts: [0, 1], justiceRoles: [.lawEnforcement], healthRoles: [.sudTreatment],
      direction: .justiceToHealth, title: "Deflection referrals from officers to treatment",
      data: "name and contact details of people who agree to be referred",
      records: [.identifiers], purpose: "so the provider reaches the person within a day",
      bases: [.consent]),
    LinkageTemplate(
      intercepts: [2], justiceRoles: [.jail],
      healthRoles: [.behavioralHealthAuthority, .communityMentalHealth],
      direction: .justiceToHealth, title: "Booking roster matched to the provider's client list",
      data: "each day's bookings: name, date of birth and booking time",
      records: [.identifiers, .criminalJustice],
      purpose: "so a case manager hears of a client's arrest within a day",
      bases: [.stateLaw, .consent, .courtOrder]),
    LinkageTemplate(
      intercepts: [2], justiceRoles: [.court, .pretrial, .defense],
      healthRoles: [.correctionalHealth], direction: .healthToJustice,
      title: "Booking screen results to pretrial services, the defense and the court",
      data: "screening result and referral recommendation", records: [.health],
      purpose: "so treatment can be proposed at the first hearing",
      bases: [.consent, .part2Consent]),
    LinkageTemplate(
      intercepts: [2], justiceRoles: courtSide, healthRoles: providers,
      direction: .healthToJustice,
      title: "Clinician's eligibility report for diversion or a treatment court",
      data: "eligibility screen and treatment recommendation", records: [.health],
      purpose: "so people who qualify are offered diversion early",
      bases: [.consent, .part2Consent, .courtOrder]),
    LinkageTemplate(
      intercepts: [3], justiceRoles: [.jail, .prison],
      healthRoles: [
        .communityMentalHealth, .sudTreatment, .behavioralHealthAuthority, .healthCenter,
      ],
      direction: .justiceToHealth, title: "In-custody notice to the community provider",
      data: "name, date of birth and booking date of clients in custody",
      records: [.identifiers, .criminalJustice],
      purpose: "so the provider can send its medication list to jail medical and visit",
      bases: [.stateLaw, .consent]),
    LinkageTemplate(
      intercepts: [3], justiceRoles: [.jail, .prison], healthRoles: [.correctionalHealth],
      direction: .healthToJustice, title: "Health and safety alerts from jail medical to custody",
      data: "suicide risk, housing and observation needs", records: [.health],
      purpose: "so custody staff keep the person safe and get them to care",
      bases: [.hipaaCorrectional, .consent]),
    LinkageTemplate(
      intercepts: [3], justiceRoles: [.court, .defense], healthRoles: [.correctionalHealth],
      direction: .healthToJustice, title: "Jail health summary to the court",
      data: "diagnosis summary and treatment need", records: [.health],
      purpose: "so the court can consider a treatment court or another alternative to jail",
      bases: [.consent, .courtOrder, .part2Consent]),
    LinkageTemplate(
      intercepts: [3], justiceRoles: courtSide.union([.probation]), healthRoles: providers,
      direction: .healthToJustice, title: "Treatment progress reports to the court team",
      data: "attendance and treatment progress", records: [.health],
      purpose: "so setbacks are answered with treatment rather than jail",
      bases: [.consent, .part2Consent, .courtOrder]),
    LinkageTemplate(
      intercepts: [4], justiceRoles: [.jail, .prison], healthRoles: [.correctionalHealth],
      direction: .justiceToHealth, title: "Release dates to jail medical",
      data: "expected release date and time", records: [.identifiers, .criminalJustice],
      purpose: "so release medication and a release summary are ready on the day",
      bases: [.stateLaw, .consent]),
    LinkageTemplate(
      intercepts: [4], justiceRoles: [.jail, .prison], healthRoles: providers,
      direction: .justiceToHealth, title: "Release notice to the community provider",
      data: "planned release date and time, and the release plan",
      records: [.identifiers, .criminalJustice],
      purpose: "so the provider sees the person in the first days after release",
      bases: [.stateLaw, .consent]),
    LinkageTemplate(
      intercepts: [4], justiceRoles: [.probation, .parole], healthRoles: [.correctionalHealth],
      direction: .healthToJustice, title: "Release summary to the supervising officer",
      data: "treatment needs, medication and next appointment", records: [.health],
      purpose: "so supervision conditions fit the treatment plan",
      bases: [.consent, .part2Consent]),
    LinkageTemplate(
      intercepts: [4], justiceRoles: supervision, healthRoles: providers,
      direction: .justiceToHealth, title: "Supervision plan shared with the treatment provider",
      data: "supervision conditions, the officer's contact details and first reporting date",
      records: [.criminalJustice, .identifiers],
      purpose: "so the first appointment and the first supervision meeting are planned together",
      bases: [.consent, .stateLaw]),
    LinkageTemplate(
      intercepts: [5], justiceRoles: supervision, healthRoles: providers,
      direction: .healthToJustice, title: "Treatment attendance and progress to the officer",
      data: "attendance and treatment progress", records: [.health],
      purpose: "so problems are answered with treatment instead of a violation",
      bases: [.consent, .part2Consent]),
  ]
}
