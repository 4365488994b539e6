import FrontMatter

/// The rows of a CSV table turned into front-matter nodes, so the same checks read CSV and
/// YAML and point at the same kind of place: a CSV cell's line and column.
///
/// The first column's header tells the kind (`measure`, `label` or `value`). Headers that name a
/// row key (case-insensitive) fill that key; for trend and money tables every other header is a
/// period or money column, and those cells become the row's `values`. An empty cell is absent.
struct CSVRows {
    /// The kind the header is laid out for.
    var kind: TableKind
    /// The period or money column labels, in order.
    var valueColumns: [String]
    /// One mapping node per record after the header.
    var rows: [FrontMatterNode]
    /// Where the header starts, for errors about the file as a whole.
    var headerLine: Int

    /// Reads the layout of `records`; nil (with diagnostics) when the header cannot be used.
    init?(records: [CSVRecord], decoding: inout DataDecoding) {
        guard let header = records.first, let first = header.fields.first else {
            decoding.error(DataMessages.emptyCSV, line: 1, column: 1)
            return nil
        }
        guard let kind = TableKind(csvFirstHeader: first.text) else {
            decoding.error(DataMessages.unknownCSVKind(first.text), line: first.line, column: first.column)
            return nil
        }
        self.kind = kind
        self.headerLine = header.line
        let named = kind.namedCSVColumns
        var seen: Set<String> = []
        var columns: [Column] = []
        for field in header.fields {
            let key = field.text.trimmedForData().lowercased()
            let label = field.text.trimmedForData()
            if !seen.insert(named.contains(key) ? key : label).inserted {
                decoding.error(DataMessages.duplicateColumn(label), line: field.line, column: field.column)
            }
            if named.contains(key) {
                columns.append(Column(field: field, key: key))
            } else if kind == .figures {
                decoding.error(
                    DataMessages.unknownKey(label, in: "a CSV of key figures"), line: field.line, column: field.column,
                    hint: "columns: " + named.joined(separator: ", ")
                )
            } else {
                columns.append(Column(field: field, key: nil))
            }
        }
        self.valueColumns = columns.filter { $0.key == nil }.map { $0.field.text.trimmedForData() }
        self.rows = []
        for record in records.dropFirst() {
            if record.fields.count != header.fields.count {
                decoding.error(
                    DataMessages.csvFieldCount(found: record.fields.count, expected: header.fields.count),
                    line: record.line, column: 1
                )
            }
            rows.append(Self.row(record, columns: columns))
        }
    }
}

// MARK: - Helpers

private extension CSVRows {
    struct Column {
        var field: CSVField
        /// The row key the column fills, or nil for a period or money column.
        var key: String?
    }

    static func row(_ record: CSVRecord, columns: [Column]) -> FrontMatterNode {
        var entries: [FrontMatterEntry] = []
        var values: [FrontMatterNode] = []
        for (column, field) in zip(columns, record.fields) {
            let node = cell(field)
            if let key = column.key {
                if node.value != .null {
                    entries.append(FrontMatterEntry(key: key, line: field.line, column: field.column, value: node))
                }
            } else {
                values.append(node)
            }
        }
        // Cells missing from a short record count as empty (the short record is reported once).
        for column in columns.dropFirst(record.fields.count) where column.key == nil {
            values.append(FrontMatterNode(.null, line: record.line, column: 1))
        }
        if values.contains(where: { $0.value != .null }) {
            let start = values.first ?? FrontMatterNode(.null, line: record.line, column: 1)
            entries.append(FrontMatterEntry(
                key: "values", line: start.line, column: start.column,
                value: FrontMatterNode(.sequence(values), line: start.line, column: start.column)
            ))
        }
        return FrontMatterNode(.mapping(entries), line: record.line, column: 1)
    }

    static func cell(_ field: CSVField) -> FrontMatterNode {
        let text = field.text.trimmedForData()
        return FrontMatterNode(text.isEmpty ? .null : .string(text), line: field.line, column: field.column)
    }
}
