import FrontMatter

/// Writes a table as CSV (RFC 4180, CRLF line ends) for download as open data.
///
/// The columns are those a CSV data file is read with (see `CSVDataReader`), so a downloaded
/// file can be read back: the figures as published, plain numbers without `£`, `%` or grouping.
/// Computed values (changes, totals) are left out; they follow from the figures.
///
/// Text cells that a spreadsheet would take for a formula (starting `=`, `+`, `-`, `@`, a tab or
/// a carriage return, or the full-width or small form of one) get a leading `'`, so opening a download can never run one ("CSV
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
    /// Read by Unicode scalars, as a spreadsheet reads the file: a quote or comma followed by a
    /// combining mark makes one Character with it, and was neither quoted nor doubled when this
    /// compared Characters, so the cell split where the reader saw the quote.
    static func field(_ cell: Cell) -> String {
        let text = switch cell {
        case .text(let value): guarded(value)
        case .number(let value): value
        }
        guard text.unicodeScalars.contains(where: { $0 == "," || $0 == "\"" || lineBreaks.contains($0) }) else { return text }
        var quoted = String.UnicodeScalarView()
        quoted.append("\"")
        for scalar in text.unicodeScalars {
            quoted.append(scalar)
            if scalar == "\"" { quoted.append(scalar) }
        }
        quoted.append("\"")
        return String(quoted)
    }

    /// The scalars that end a line (those of `Character.isNewline`): a field holding one is quoted.
    static let lineBreaks: Set<Unicode.Scalar> = ["\n", "\u{0B}", "\u{0C}", "\r", "\u{85}", "\u{2028}", "\u{2029}"]

    /// The scalars a spreadsheet may take as the start of a formula: `=`, `+`, `-`, `@`, a tab or
    /// a carriage return, and their full-width (`＝`) and small (`﹦`) forms, which some
    /// spreadsheets read as the ASCII ones.
    static let formulaLeads: Set<Unicode.Scalar> = [
        "=", "+", "-", "@", "\t", "\r",
        "\u{FF1D}", "\u{FF0B}", "\u{FF0D}", "\u{FF20}",
        "\u{FE66}", "\u{FE62}", "\u{FE63}", "\u{FE6B}",
    ]

    /// Text with a `'` before it when a spreadsheet would read it as a formula.
    static func guarded(_ value: String) -> String {
        guard let first = value.unicodeScalars.first, formulaLeads.contains(first) else { return value }
        return "'" + value
    }
}
