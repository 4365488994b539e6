/// Turns a data table into the HTML a page shows for a ```` ```table ````, ```` ```chart ```` or
/// ```` ```figures ```` block.
///
/// Output is deterministic: numbers are written by fixed rules, never by the machine's locale,
/// and chart coordinates are rounded to one decimal place. Everything from the data is escaped.
public struct DataRenderer: Sendable {
    /// Creates a renderer.
    public init() {}

    /// The HTML for one block.
    ///
    /// - Parameters:
    ///   - table: the decoded table.
    ///   - kind: how the block asks to show it.
    ///   - id: a page-unique id for the block; every id inside it starts with this.
    ///   - csvURL: where the caller writes the table's CSV (see `CSVWriter`), linked under the
    ///     table; nil for no link.
    /// - Throws: `DataBlockError` when the table cannot be shown that way.
    public func html(for table: DataTable, kind: DataBlockKind, id: String, csvURL: String?) throws(DataBlockError) -> String {
        switch (kind, table) {
        case (.table, _):
            return TableHTMLRenderer(id: id, csvURL: csvURL).html(for: table)
        case (.chart, .figures):
            throw .noChartForFigures(table)
        case (.chart, _):
            return try ChartSVGRenderer(id: id, csvURL: csvURL).html(for: table)
        case (.figures, .figures(let row)):
            return FiguresHTMLRenderer(id: id, csvURL: csvURL).html(for: row)
        case (.figures, _):
            throw .notFigures(table)
        }
    }
}
