import SIMModel
import Testing

@Suite("agency lookup")
struct AgencyLookupTests {
  private func agency(_ id: Agency.ID, _ name: String) -> Agency {
    Agency(id: id, name: name, sector: .justice)
  }

  @Test("agency(id:) finds the first agency with an id, as a scan of the list would")
  func firstOfDuplicates() {
    let map = Map(
      jurisdiction: Jurisdiction(name: "Test"),
      agencies: [agency("jail", "First"), agency("court", "Court"), agency("jail", "Second")])
    #expect(map.agency(id: "jail")?.name == "First")
    #expect(map.agency(id: "court")?.name == "Court")
    #expect(map.agency(id: "nobody") == nil)
  }

  @Test("agency(id:) follows changes to the list of agencies")
  func followsChanges() {
    var map = Map(jurisdiction: Jurisdiction(name: "Test"), agencies: [agency("jail", "Jail")])
    map.agencies.insert(agency("court", "Court"), at: 0)
    map.agencies[1].name = "County jail"
    map.agencies.append(agency("probation", "Probation"))
    #expect(map.agency(id: "court")?.name == "Court")
    #expect(map.agency(id: "jail")?.name == "County jail")
    #expect(map.agency(id: "probation")?.name == "Probation")
    map.agencies.removeAll { $0.id == "court" }
    #expect(map.agency(id: "court") == nil)
    #expect(map.agency(id: "jail")?.name == "County jail")
  }

  @Test("maps with the same agencies are equal and hash alike however they were built")
  func indexTakesNoPartInEquality() {
    var built = Map(jurisdiction: Jurisdiction(name: "Test"))
    built.agencies = [agency("jail", "Jail")]
    let direct = Map(jurisdiction: Jurisdiction(name: "Test"), agencies: [agency("jail", "Jail")])
    #expect(built == direct)
    #expect(built.hashValue == direct.hashValue)
  }
}
