/// Writes a table as CSV (RFC 4180, CRLF line ends) for download as open data.
///
/// The columns are those a CSV data file is read with (see `CSVDataReader`), so a downloaded
/// file can be read back: the figures as published, plain numbers without `£`, `%` or grouping.
/// Computed values (changes, totals) are left out; they follow from the figures.
///
/// Text cells that a spreadsheet would take for a formula (starting `=`, `+`, `-`, `@`, a tab or
/// a carriage return) get a leading `'`, so opening a download can never run one ("CSV
/// injection"); numbers, negative ones included, are written as they are. Such a cell reads back
/// with its `'`.
public enum CSVWriter {
    /// The CSV text for a table.
    public static func csv(for table: DataTable) -> String {
        let records: [[Cell]] = switch table {
        case .trend(let trend): records(for: trend)
        case .money(let money): records(for: money)
        case .figures(let row):
            [["value", "unit", "label"].map(Cell.text)] + row.figures.map { [.number($0.value.description), .text($0.unit.rawValue), .text($0.label)] }
        }
        return records.map { $0.map(field).joined(separator: ",") + "\r\n" }.joined()
    }
}

// MARK: - Helpers

private extension CSVWriter {
    /// A cell: a number is written as it is; anything else is text, guarded against formulas.
    /// Text is the default, so a new column is safe unless it is known to hold numbers.
    enum Cell {
        case text(String)
        case number(String)
    }

    static func records(for table: TrendTable) -> [[Cell]] {
        let stated = table.rows.contains { $0.statedChange != nil }
        let qualified = table.rows.contains { $0.statedChange?.qualifier != nil }
        let sourced = table.rows.contains { $0.source != nil }
        let compared = table.rows.contains { $0.comparesMarked }
        var header = ["measure", "area", "better"] + table.periods
        if stated { header += ["change", "period"] }
        if qualified { header.append("qualifier") }
        if sourced { header.append("source") }
        if compared { header.append("compare") }
        return [header.map(Cell.text)] + table.rows.map { row in
            var record: [Cell] = [.text(row.measure), .text(row.area), .text(row.better.rawValue)]
            // A mark stays with its figure ("5000 (projected)"), as the data file writes it, so the
            // download says what the figure is and reads back the same.
            record += table.periods.indices.map { index in
                let figure = index < row.values.count ? row.values[index]?.description ?? "" : ""
                return .number(figure.isEmpty ? "" : figure + (row.status(at: index).map { " " + $0.mark } ?? ""))
            }
            if stated { record += [.number(row.statedChange?.percent.description ?? ""), .text(row.statedChange?.period ?? "")] }
            if qualified { record.append(.text(row.statedChange?.qualifier ?? "")) }
            if sourced { record.append(.text(row.source ?? "")) }
            if compared { record.append(.text(row.comparesMarked ? "true" : "")) }
            return record
        }
    }

    static func records(for table: MoneyTable) -> [[Cell]] {
        let grouped = table.rows.contains { $0.group != nil }
        let format = ExactNumberFormat(places: table.places, grouping: false, minusSign: "-")
        let header = ["label"] + (grouped ? ["group"] : []) + table.columns
        return [header.map(Cell.text)] + table.rows.map { row in
            let amounts = row.values.map { value -> Cell in
                guard let amount = value.amount else { return .text("n/a") }
                let figure = format.string(for: amount)
                return value.qualifier.map { .text("\($0) \(figure)") } ?? .number(figure)
            }
            return [.text(row.label)] + (grouped ? [.text(row.group ?? "")] : []) + amounts
        }
    }

    /// A field, in double quotes (with quotes doubled) when it holds a comma, quote or line break.
    static func field(_ cell: Cell) -> String {
        let text = switch cell {
        case .text(let value): guarded(value)
        case .number(let value): value
        }
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) else { return text }
        return "\"" + text.flatMap { $0 == "\"" ? ["\"", "\""] : [$0] } + "\""
    }

    /// Text with a `'` before it when a spreadsheet would read it as a formula.
    static func guarded(_ value: String) -> String {
        guard let first = value.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) else { return value }
        return "'" + value
    }
}
