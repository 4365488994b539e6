/// Writes a table as CSV (RFC 4180, CRLF line ends) for download as open data.
///
/// The columns are those a CSV data file is read with (see `CSVDataReader`), so a downloaded
/// file can be read back: the figures as published, plain numbers without `£`, `%` or grouping.
/// Computed values (changes, totals) are left out; they follow from the figures.
public enum CSVWriter {
    /// The CSV text for a table.
    public static func csv(for table: DataTable) -> String {
        let records: [[String]] = switch table {
        case .trend(let trend): records(for: trend)
        case .money(let money): records(for: money)
        case .figures(let row): [["value", "unit", "label"]] + row.figures.map { [$0.value.description, $0.unit.rawValue, $0.label] }
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
        var header = ["measure", "area", "better"] + table.periods
        if stated { header += ["change", "period"] }
        if qualified { header.append("qualifier") }
        if sourced { header.append("source") }
        return [header] + table.rows.map { row in
            var record = [row.measure, row.area, row.better.rawValue]
            record += table.periods.indices.map { index in
                index < row.values.count ? row.values[index]?.description ?? "" : ""
            }
            if stated { record += [row.statedChange?.percent.description ?? "", row.statedChange?.period ?? ""] }
            if qualified { record.append(row.statedChange?.qualifier ?? "") }
            if sourced { record.append(row.source ?? "") }
            return record
        }
    }

    static func records(for table: MoneyTable) -> [[String]] {
        let grouped = table.rows.contains { $0.group != nil }
        let format = ExactNumberFormat(places: table.places, grouping: false, minusSign: "-")
        let header = ["label"] + (grouped ? ["group"] : []) + table.columns
        return [header] + table.rows.map { row in
            let amounts = row.values.map { value in
                guard let amount = value.amount else { return "n/a" }
                let figure = format.string(for: amount)
                return value.qualifier.map { "\($0) \(figure)" } ?? figure
            }
            return [row.label] + (grouped ? [row.group ?? ""] : []) + amounts
        }
    }

    /// A field, in double quotes (with quotes doubled) when it holds a comma, quote or line break.
    static func field(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) else { return text }
        return "\"" + text.flatMap { $0 == "\"" ? ["\"", "\""] : [$0] } + "\""
    }
}
