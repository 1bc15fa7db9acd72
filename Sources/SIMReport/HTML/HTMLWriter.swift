/// Writes blocks as HTML that is also well-formed XML: every element closed, every attribute
/// quoted, only the five XML entities. Tables and figures are numbered as they are written, so
/// their ids are unique in the page.
struct HTMLWriter {
  /// The HTML written so far.
  private(set) var output = ""
  /// How many tables have been written, for unique caption ids.
  private var tables = 0

  /// Appends raw markup written by simmap itself, never text from a map.
  mutating func raw(_ markup: String) {
    output += markup
  }

  /// Appends a line of raw markup.
  mutating func line(_ markup: String) {
    output += markup + "\n"
  }

  mutating func write(_ blocks: [Block]) {
    for block in blocks { write(block) }
  }

  mutating func write(_ block: Block) {
    switch block {
    case .paragraph(let inlines):
      line("<p>" + Self.inline(inlines) + "</p>")
    case .list(let items, let ordered):
      let tag = ordered ? "ol" : "ul"
      line("<\(tag)>")
      for item in items { line("<li>" + Self.inline(item) + "</li>") }
      line("</\(tag)>")
    case .facts(let facts):
      line("<dl class=\"facts\">")
      for fact in facts {
        line(
          "<div><dt>" + HTMLText.escape(fact.label) + "</dt><dd>" + Self.inline(fact.value)
            + "</dd></div>")
      }
      line("</dl>")
    case .table(let table): write(table)
    case .figure(let figure): write(figure)
    case .chart(let chart): line(HTMLVoteChart(chart: chart).markup)
    case .callout(let callout): write(callout)
    case .section(let section): write(section)
    case .contents(let entries): writeContents(entries)
    }
  }

  private mutating func write(_ callout: Callout) {
    line("<div class=\"callout callout-\(callout.kind.rawValue)\" role=\"note\">")
    for (index, paragraph) in callout.paragraphs.enumerated() {
      let title = index == 0 ? "<strong>" + HTMLText.escape(callout.title) + ".</strong> " : ""
      line("<p>" + title + Self.inline(paragraph) + "</p>")
    }
    line("</div>")
  }

  private mutating func write(_ section: ReportSection) {
    var classes = ["level-\(section.level)"]
    if section.startsPage { classes.append("starts-page") }
    if section.isLandscape { classes.append("landscape") }
    let id = HTMLText.escape(section.id)
    let level = min(max(section.level, 2), 6)
    line(
      "<section id=\"\(id)\" class=\"\(classes.joined(separator: " "))\" "
        + "aria-labelledby=\"\(id)-title\">")
    line("<h\(level) id=\"\(id)-title\">" + HTMLText.escape(section.title) + "</h\(level)>")
    write(section.blocks)
    line("</section>")
  }

  private mutating func writeContents(_ entries: [ContentsEntry]) {
    line("<nav class=\"contents\" aria-labelledby=\"contents-title\">")
    line("<h2 id=\"contents-title\">Contents</h2>")
    line("<ol>")
    for entry in entries {
      line(
        "<li><a href=\"#" + HTMLText.escape(entry.id) + "\">" + HTMLText.escape(entry.title)
          + "</a></li>")
    }
    line("</ol>")
    line("</nav>")
  }

  private mutating func write(_ table: ReportTable) {
    guard !table.rows.isEmpty else {
      line(
        "<p class=\"empty\"><strong>" + HTMLText.escape(table.caption) + ":</strong> "
          + "<em class=\"missing\">" + HTMLText.escape(table.emptyText) + "</em></p>")
      return
    }
    tables += 1
    let captionID = "table-\(tables)"
    line(
      "<div class=\"table-wrap\" role=\"region\" aria-labelledby=\"\(captionID)\" "
        + "tabindex=\"0\">")
    line("<table style=\"--cols: \(table.columns.count)\">")
    line("<caption id=\"\(captionID)\">" + HTMLText.escape(table.caption) + "</caption>")
    raw("<thead><tr>")
    for column in table.columns {
      let numeric = column.isNumeric ? " class=\"num\"" : ""
      raw("<th scope=\"col\"\(numeric)>" + HTMLText.escape(column.header) + "</th>")
    }
    line("</tr></thead>")
    line("<tbody>")
    for row in table.rows {
      raw("<tr>")
      for (index, cell) in row.enumerated() {
        let numeric =
          table.columns.indices.contains(index) && table.columns[index].isNumeric
          ? " class=\"num\"" : ""
        if index == 0 && table.hasRowHeaders {
          raw("<th scope=\"row\"\(numeric)>" + Self.inline(cell) + "</th>")
        } else {
          raw("<td\(numeric)>" + Self.inline(cell) + "</td>")
        }
      }
      line("</tr>")
    }
    line("</tbody>")
    line("</table>")
    line("</div>")
  }

  private mutating func write(_ figure: ReportFigure) {
    let id = HTMLText.escape(figure.id)
    line("<figure class=\"map-figure\" id=\"\(id)\">")
    if let svg = figure.svg,
      let clean = SVGSanitizer(prefix: figure.id).sanitize(svg, label: figure.alternative)
    {
      line(
        "<p class=\"map-tools\"><a href=\"#\(id)-zoom\">Show the map at full size</a> · "
          + "<a href=\"#\(id)\">Fit the map to the page</a></p>")
      line("<div class=\"figure-scroll\" id=\"\(id)-zoom\">")
      line(clean)
      line("</div>")
    } else {
      line(
        "<p class=\"empty\"><em class=\"missing\">The map picture was not drawn.</em> "
          + HTMLText.escape(figure.alternative) + "</p>")
    }
    line("<figcaption>" + Self.inline(figure.caption) + "</figcaption>")
    line("</figure>")
  }
}
