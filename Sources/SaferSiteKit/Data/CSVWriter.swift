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
        let records: [[String]] = switch table {
        case .trend(let trend): records(for: trend)
        case .money(let money): records(for: money)
        case .figures(let row): [["value", "unit", "label"]] + row.figures.map { [$0.value.description, $0.unit.rawValue, text($0.label)] }
        }
        return records.map { $0.map(field).joined(separator: ",") + "\r\n" }.joined()
    }
}

// MARK: - Helpers

private extension CSVWriter {
    static func records(for table: TrendTable) -> [[String]] {
        let stated = table.rows.contains { $0.statedChange != nil }
        let qualified = table.rows.contains { $0.statedChange?.qualifier != nil }
        let sourced = table.rows.contains { $0.source != nil }
        var header = ["measure", "area", "better"] + table.periods.map(text)
        if stated { header += ["change", "period"] }
        if qualified { header.append("qualifier") }
        if sourced { header.append("source") }
        return [header] + table.rows.map { row in
            var record = [text(row.measure), text(row.area), row.better.rawValue]
            record += table.periods.indices.map { index in
                index < row.values.count ? row.values[index]?.description ?? "" : ""
            }
            if stated { record += [row.statedChange?.percent.description ?? "", text(row.statedChange?.period ?? "")] }
            if qualified { record.append(text(row.statedChange?.qualifier ?? "")) }
            if sourced { record.append(text(row.source ?? "")) }
            return record
        }
    }

    static func records(for table: MoneyTable) -> [[String]] {
        let grouped = table.rows.contains { $0.group != nil }
        let format = ExactNumberFormat(places: table.places, grouping: false, minusSign: "-")
        let header = ["label"] + (grouped ? ["group"] : []) + table.columns.map(text)
        return [header] + table.rows.map { row in
            let amounts = row.values.map { value in
                guard let amount = value.amount else { return "n/a" }
                let figure = format.string(for: amount)
                return value.qualifier.map { text("\($0) \(figure)") } ?? figure
            }
            return [text(row.label)] + (grouped ? [text(row.group ?? "")] : []) + amounts
        }
    }

    /// A text cell, with a `'` before it when a spreadsheet would read it as a formula.
    static func text(_ value: String) -> String {
        guard let first = value.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) else { return value }
        return "'" + value
    }

    /// A field, in double quotes (with quotes doubled) when it holds a comma, quote or line break.
    static func field(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) else { return text }
        return "\"" + text.flatMap { $0 == "\"" ? ["\"", "\""] : [$0] } + "\""
    }
}
