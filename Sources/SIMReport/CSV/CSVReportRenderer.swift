import Foundation

/// Writes a report's flat tables as CSV files for spreadsheets: `<baseName>.resources.csv`,
/// `.gaps.csv`, `.exchanges.csv`, `.priorities.csv` and `.actions.csv`.
///
/// The files are RFC 4180 (commas, double quotes, CRLF line ends) in UTF-8, optionally with a
/// byte-order mark so that spreadsheets that guess the encoding read accents right.
package struct CSVReportRenderer: ReportRenderer {
  /// Whether each file starts with a UTF-8 byte-order mark.
  package var byteOrderMark: Bool

  /// Creates a renderer.
  package init(byteOrderMark: Bool = false) {
    self.byteOrderMark = byteOrderMark
  }

  /// One file per dataset of the document, in the document's order.
  package func files(for document: ReportDocument, baseName: String) -> [ReportFile] {
    document.datasets.enumerated().map { index, dataset in
      ReportFile(
        name: baseName + "." + dataset.name + ".csv", data: data(dataset), isMain: index == 0)
    }
  }

  /// The CSV text of one dataset, without a byte-order mark.
  package func text(_ dataset: ReportDataset) -> String {
    CSVText.table(headers: dataset.headers, rows: dataset.rows)
  }

  private func data(_ dataset: ReportDataset) -> Data {
    let body = Data(text(dataset).utf8)
    return byteOrderMark ? Data([0xEF, 0xBB, 0xBF]) + body : body
  }
}
