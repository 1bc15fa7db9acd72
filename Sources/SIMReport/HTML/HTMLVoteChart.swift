/// The vote chart as HTML and CSS: one labelled bar per priority, as wide as its share of the
/// largest vote count. It is one picture for assistive technology, with the votes in words as
/// its label; the table after it holds the same figures.
struct HTMLVoteChart {
  let chart: VoteChart

  var markup: String {
    let id = HTMLText.escape(chart.id)
    var lines = [
      "<figure class=\"vote-chart\" id=\"\(id)\">",
      "<figcaption id=\"\(id)-caption\">" + HTMLText.escape(chart.title) + "</figcaption>",
      "<div class=\"bars\" role=\"img\" aria-label=\""
        + HTMLText.escape(chart.title + ": " + chart.summary) + "\">",
    ]
    for bar in chart.bars {
      let share = bar.votes.map { Int((Double($0) * 100 / Double(chart.maximum)).rounded()) }
      let value =
        bar.votes.map { ReportWording.count($0, "vote", "votes") } ?? ReportWording.notRecorded
      lines.append("<div class=\"bar-row\">")
      lines.append("<span class=\"bar-label\">" + HTMLText.escape(bar.label) + "</span>")
      lines.append("<span class=\"bar-track\"><span class=\"bar-area\">")
      if let share {
        lines.append("<span class=\"bar\" style=\"width: \(max(share, 1))%\"></span>")
      }
      lines.append("</span><span class=\"bar-value\">" + HTMLText.escape(value) + "</span>")
      lines.append("</span>")
      lines.append("</div>")
    }
    lines += ["</div>", "</figure>"]
    return lines.joined(separator: "\n")
  }
}
