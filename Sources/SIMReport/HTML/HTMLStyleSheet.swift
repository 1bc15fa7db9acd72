/// The report's stylesheet: screen, phone and print in one block, with no fonts, images or
/// anything else fetched from elsewhere.
///
/// Colors keep text at a contrast of at least 4.5:1 on its background. Print starts each major
/// section on a new page, puts the map on a landscape page, repeats table headers and keeps
/// rows whole.
enum HTMLStyleSheet {
  /// The CSS for `paper`.
  static func css(paper: Paper) -> String {
    screen + """
      @page { size: \(paper.cssSize); margin: 16mm 14mm 18mm 14mm;
        @bottom-right { content: "Page " counter(page) " of " counter(pages);
          font: 8pt system-ui, sans-serif; color: #4a5560; } }
      @page landscape { size: \(paper.cssSize) landscape; margin: 12mm; }

      """ + print
  }

  private static let screen = """
    :root { color-scheme: light; --ink: #1c2630; --muted: #4a5560; --rule: #c9d3da;
      --head: #eef2f5; --accent: #1f5f8b; }
    * { box-sizing: border-box; }
    html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
    html { font-size: 16px; }
    body { margin: 0; background: #ffffff; color: var(--ink);
      font: 1rem/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans",
        "Liberation Sans", Arial, sans-serif; }
    main { max-width: 72rem; margin: 0 auto; padding: 1.5rem 1.25rem 4rem; }
    h1, h2, h3, h4 { line-height: 1.25; color: #12202c; }
    h1 { font-size: 2.1rem; margin: 0.25rem 0 0.5rem; }
    h2 { font-size: 1.55rem; margin: 2.75rem 0 0.75rem; padding-top: 0.75rem;
      border-top: 3px solid var(--accent); }
    h3 { font-size: 1.2rem; margin: 2rem 0 0.5rem; }
    h4 { font-size: 1.02rem; margin: 1.5rem 0 0.4rem; }
    p, ul, ol { margin: 0.5rem 0 0.9rem; }
    li { margin: 0.2rem 0; }
    a { color: #155a8a; }
    a:focus-visible, .table-wrap:focus-visible { outline: 3px solid #1a73e8; outline-offset: 2px; }
    code { font-family: ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace;
      font-size: 0.9em; background: #f1f4f6; padding: 0 0.2em; border-radius: 3px;
      overflow-wrap: anywhere; }
    .title-page { padding: 1.5rem 0 0.5rem; border-top: 10px solid transparent;
      border-image: linear-gradient(90deg, #90caf9 0 16.6%, #a5d6a7 0 33.3%, #ffe082 0 50%,
        #f48fb1 0 66.6%, #b39ddb 0 83.3%, #80deea 0) 1; }
    .kicker { margin: 0; text-transform: uppercase; letter-spacing: 0.08em; font-size: 0.85rem;
      font-weight: 600; color: var(--accent); }
    .subtitle { font-size: 1.2rem; color: var(--muted); margin-top: 0; }
    .facts { display: grid; grid-template-columns: minmax(9rem, 14rem) 1fr; gap: 0;
      margin: 1.25rem 0; border-top: 1px solid var(--rule); }
    .facts > div { display: contents; }
    .facts dt, .facts dd { margin: 0; padding: 0.4rem 0.5rem; border-bottom: 1px solid var(--rule); }
    .facts dt { font-weight: 600; background: #f7f9fa; }
    .callout { margin: 1rem 0; padding: 0.75rem 1rem; border-left: 5px solid #7a8b99;
      background: #f4f6f8; border-radius: 0 4px 4px 0; }
    .callout p { margin: 0.3rem 0; }
    .callout-provenance { border-left-color: #b26a00; background: #fff6e5; }
    .callout-generated { border-left-color: #5b3f9e; background: #f3effa; }
    .callout-prompt { border-left-color: #b3261e; background: #fdeeee; }
    .contents { margin: 1.5rem 0; }
    .contents h2 { border-top: 0; margin-top: 1rem; padding-top: 0; font-size: 1.25rem; }
    .contents ol { columns: 2 18rem; column-gap: 2rem; padding-left: 1.5rem; margin: 0; }
    .contents li { break-inside: avoid; margin: 0 0 0.3rem; }
    .missing { color: var(--muted); font-style: italic; }
    .detail { color: var(--muted); font-size: 0.9em; }
    .cite { font-size: 0.8em; text-decoration: none; white-space: nowrap; }
    .empty { margin: 0.75rem 0; }
    .badge { display: inline-block; padding: 0 0.45em; border: 1px solid; border-radius: 0.8em;
      font-size: 0.85em; white-space: nowrap; }
    .tone-good { background: #e3f4e8; color: #1b5e20; border-color: #7cc38c; }
    .tone-partial { background: #fff3dc; color: #6f4300; border-color: #e0b35a; }
    .tone-planned { background: #e7f0fb; color: #174a7c; border-color: #8fb5e0; }
    .tone-bad { background: #fde8e8; color: #9b1c1c; border-color: #e69a9a; }
    .tone-neutral { background: #eef1f3; color: #37474f; border-color: #b8c3ca; }
    .table-wrap { overflow-x: auto; margin: 0.75rem 0 1.25rem; }
    table { border-collapse: collapse; width: 100%; font-size: 0.92rem;
      min-width: calc(var(--cols, 4) * 8.5rem); }
    caption { caption-side: top; text-align: left; font-weight: 600; padding: 0.25rem 0 0.4rem; }
    th, td { border: 1px solid var(--rule); padding: 0.4rem 0.55rem; text-align: left;
      vertical-align: top; overflow-wrap: break-word; }
    thead th { background: var(--head); font-weight: 600; }
    tbody th { font-weight: normal; background: #fafbfc; }
    tbody tr:nth-child(even) td { background: #fbfcfd; }
    .num { text-align: right; font-variant-numeric: tabular-nums; }
    figure { margin: 1rem 0; }
    figcaption { font-size: 0.92rem; color: var(--muted); margin-top: 0.5rem; }
    .map-figure { width: min(100vw - 2rem, 120rem);
      margin-left: calc((100% - min(100vw - 2rem, 120rem)) / 2); }
    .map-figure figcaption, .map-tools { max-width: 72rem; margin-left: auto; margin-right: auto;
      padding: 0 1.25rem; }
    .map-tools { font-size: 0.92rem; margin-bottom: 0.4rem; }
    .figure-scroll { overflow-x: auto; border: 1px solid var(--rule); background: #ffffff; }
    .map-svg { display: block; width: 100%; height: auto; min-width: 60rem; }
    .figure-scroll:target { outline: 2px solid var(--accent); }
    .figure-scroll:target .map-svg { width: 4200px; max-width: none; }
    .vote-chart figcaption { font-weight: 600; color: var(--ink); margin: 0 0 0.5rem; }
    .bars { display: grid; gap: 0.45rem; }
    .bar-row { display: grid; grid-template-columns: minmax(10rem, 2fr) 3fr; gap: 0.75rem;
      align-items: center; }
    .bar-track { display: flex; align-items: center; gap: 0.5rem; }
    .bar-area { flex: 1 1 auto; min-width: 0; }
    .bar { display: block; height: 1.4rem; background: #1f5f8b;
      border: 1px solid #174766; border-radius: 2px; }
    .bar-value { flex: 0 0 6.5rem; white-space: nowrap; font-variant-numeric: tabular-nums; }
    @media (max-width: 40rem) {
      main { padding: 1rem 0.9rem 3rem; }
      h1 { font-size: 1.65rem; }
      h2 { font-size: 1.35rem; }
      .facts { grid-template-columns: 1fr; }
      .facts dt { border-bottom: 0; padding-bottom: 0; background: transparent; }
      .bar-row { grid-template-columns: 1fr; gap: 0.2rem; }
      .map-svg { min-width: 48rem; }
      .map-figure figcaption, .map-tools { padding: 0; }
    }

    """

  private static let print = """
    @media print {
      * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
      html { font-size: 10pt; }
      main { max-width: none; padding: 0; }
      h2 { margin-top: 0; }
      .title-page { break-after: page; }
      .starts-page { break-before: page; }
      .landscape { page: landscape; }
      h2, h3, h4, caption, .vote-chart figcaption { break-after: avoid; }
      h2 + p, h3 + p, h4 + p, .callout + p { break-after: avoid; }
      tr, .bar-row, .callout, .facts > div, li { break-inside: avoid; }
      thead { display: table-header-group; }
      thead tr, caption { break-after: avoid; }
      tbody tr:first-child { break-before: avoid; }
      .table-wrap { overflow: visible; }
      table { min-width: 0; font-size: 0.88rem; }
      th, td { padding: 0.2rem 0.35rem; }
      .map-figure { width: auto; margin: 0; }
      .map-figure figcaption { padding: 0; max-width: none; }
      .map-tools { display: none; }
      .figure-scroll { overflow: visible; border: 0; }
      .map-svg, .figure-scroll:target .map-svg { width: 100%; min-width: 0; max-height: 165mm; }
      .map-figure { break-inside: avoid; }
      .contents ol { columns: 1; }
      a { color: inherit; text-decoration: none; }
      .cite { color: var(--muted); }
    }

    """
}
