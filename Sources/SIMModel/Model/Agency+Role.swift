extension Agency {
  /// What an agency does in the continuum.
  package enum Role: String, Vocabulary {
    case lawEnforcement = "law-enforcement"
    case dispatch, jail, prison, court, prosecution, defense, pretrial, probation, parole
    case juvenileJustice = "juvenile-justice"
    case correctionalHealth = "correctional-health"
    case crisisProvider = "crisis-provider"
    case hospital
    case communityMentalHealth = "community-mental-health"
    case sudTreatment = "sud-treatment"
    case healthCenter = "health-center"
    case healthDepartment = "health-department"
    case behavioralHealthAuthority = "behavioral-health-authority"
    case medicaid
    case managedCare = "managed-care"
    case peerSupport = "peer-support"
    case advocacy, housing, school
    case socialServices = "social-services"
    case reentry, government, other
  }
}
