/// A horizontal bar chart of the votes each priority received.
package struct VoteChart: Hashable, Sendable {
  /// One bar.
  package struct Bar: Hashable, Sendable {
    /// The label, such as "1. Round-the-clock mobile crisis".
    package var label: String
    /// The votes, or nil when the map does not record them.
    package var votes: Int?

    /// Creates a bar.
    package init(label: String, votes: Int?) {
      self.label = label
      self.votes = votes
    }
  }

  /// An anchor for the chart, unique in the document.
  package var id: String
  /// What the chart shows, for its caption and text alternative.
  package var title: String
  /// The bars, in rank order.
  package var bars: [Bar]

  /// Creates a chart.
  package init(id: String, title: String, bars: [Bar]) {
    self.id = id
    self.title = title
    self.bars = bars
  }

  /// The largest vote count, at least 1.
  package var maximum: Int { max(1, bars.compactMap(\.votes).max() ?? 1) }

  /// The chart in words, for its text alternative: "1. Title: 21 votes; 2. …".
  package var summary: String {
    bars.map { bar in
      bar.label + ": "
        + (bar.votes.map { ReportWording.count($0, "vote", "votes") }
          ?? "votes not recorded")
    }.joined(separator: "; ")
  }
}
