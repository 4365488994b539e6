/// A table of figures read from front matter or a data file, ready to check and render.
public enum DataTable: Sendable, Hashable {
    /// Measures over time, with the change each shows.
    case trend(TrendTable)
    /// Amounts of money by recipient, with checked totals.
    case money(MoneyTable)
    /// A few key figures shown as large numbers.
    case figures(FigureRow)

    /// The name the table is referenced by, e.g. `oxford-crime-trends`.
    public var name: String {
        switch self {
        case .trend(let table): table.name
        case .money(let table): table.name
        case .figures(let row): row.name
        }
    }

    /// The table's caption.
    public var caption: String {
        switch self {
        case .trend(let table): table.caption
        case .money(let table): table.caption
        case .figures(let row): row.caption
        }
    }
}
