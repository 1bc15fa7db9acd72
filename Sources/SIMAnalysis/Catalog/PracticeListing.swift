import SIMModel

/// The practices `simmap practices` lists: grouped under their main intercept, or listed under
/// the one intercept asked for (with every practice that sits there), in catalog order.
package struct PracticeListing: Sendable {
  /// The catalog to list.
  package var catalog: PracticeCatalog
  /// Only practices that sit at this intercept; nil lists all.
  package var intercept: InterceptNumber?
  /// Only practices of this continuum (including those for both); nil lists all.
  package var continuum: Continuum?

  /// Creates a listing.
  package init(
    catalog: PracticeCatalog = .standard, intercept: InterceptNumber? = nil,
    continuum: Continuum? = nil
  ) {
    self.catalog = catalog
    self.intercept = intercept
    self.continuum = continuum
  }

  /// The practices listed, with the intercept each is listed under.
  package var groups: [(intercept: InterceptNumber, practices: [Practice])] {
    let selected = catalog.practices(at: intercept, continuum: continuum)
    let numbers = intercept.map { [$0] } ?? InterceptNumber.all
    return numbers.compactMap { number in
      let group = intercept == nil ? selected.filter { $0.mainIntercept == number } : selected
      return group.isEmpty ? nil : (number, group)
    }
  }

  /// Every practice listed, in listing order.
  package var practices: [Practice] { groups.flatMap(\.practices) }
}
