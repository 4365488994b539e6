/// The layouts a data table can have, as written in `kind:`.
enum TableKind: String, CaseIterable {
    case trend, money, figures

    /// The keys a table of this kind may have at its top level.
    var tableKeys: [String] {
        switch self {
        case .trend: ["kind", "caption", "source", "unit", "decimals", "area", "periods", "rows", "notes", "csv"]
        case .money: ["kind", "caption", "source", "unit", "columns", "rows", "totals", "notes", "csv"]
        case .figures: ["kind", "caption", "source", "figures", "csv"]
        }
    }

    /// The kind a CSV file is laid out for, told by the header of its first column.
    init?(csvFirstHeader header: String) {
        switch header.trimmedForData().lowercased() {
        case "measure": self = .trend
        case "label": self = .money
        case "value": self = .figures
        default: return nil
        }
    }

    /// The CSV columns that name a key of a row; every other column is a period (trend) or a
    /// money column.
    var namedCSVColumns: [String] {
        switch self {
        case .trend: TableKind.trendRowKeys.filter { $0 != "values" }
        case .money: ["id", "label", "group"]
        case .figures: TableKind.figureKeys
        }
    }

    static let trendRowKeys = ["id", "measure", "area", "better", "values", "change", "period", "qualifier", "source", "compare"]
    static let moneyRowKeys = ["id", "label", "group", "values"]
    static let totalKeys = ["id", "label", "of", "values"]
    static let figureKeys = ["id", "value", "unit", "label"]
}
