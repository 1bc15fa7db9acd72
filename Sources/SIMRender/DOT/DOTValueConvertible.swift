/// A Swift value that can be written as a DOT attribute value.
protocol DOTValueConvertible {
  /// The value as DOT writes it.
  var dotValue: DOTValue { get }
}

extension DOTValue: DOTValueConvertible {
  var dotValue: DOTValue { self }
}

extension String: DOTValueConvertible {
  var dotValue: DOTValue { .text(self) }
}

extension Bool: DOTValueConvertible {
  var dotValue: DOTValue { .text(self ? "true" : "false") }
}

extension Int: DOTValueConvertible {
  var dotValue: DOTValue { .text(String(self)) }
}

extension Double: DOTValueConvertible {
  /// Whole numbers without a decimal point; others in Swift's shortest, locale-free form.
  var dotValue: DOTValue {
    if rounded() == self, abs(self) < 1e15 { return .text(String(Int(self))) }
    return .text(String(self))
  }
}

extension HTMLLabel: DOTValueConvertible {
  var dotValue: DOTValue { .html(self) }
}
