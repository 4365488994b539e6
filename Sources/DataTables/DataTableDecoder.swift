import Diagnostics
import FrontMatter

/// Reads a data table from its front-matter form (a page's `data:` entry or a `_data/NAME.yaml`
/// file), checks every key and value, and checks declared totals.
///
/// Problems come back as diagnostics located at file, line and column, with a hint; the table is
/// nil when any error was found, so a build never renders half-read data.
public enum DataTableDecoder {
    /// Decodes the table in `root`.
    ///
    /// - Parameters:
    ///   - root: the table's mapping (`kind:`, `caption:`, `rows:`...).
    ///   - name: the name the table is referenced by.
    ///   - file: the site-relative path of the file `root` was read from.
    ///   - csv: the text of the CSV file the table names with `csv:`, read by the caller
    ///     (see `csvReference(in:)`); nil when the table has its own rows.
    public static func decode(
        _ root: FrontMatterNode, name: String, file: String, csv: CSVSource? = nil
    ) -> (table: DataTable?, diagnostics: [Diagnostic]) {
        var decoding = DataDecoding(file: file)
        var csvDecoding = DataDecoding(file: csv?.file ?? file)
        let table = decodeTable(root, name: name, csv: csv, decoding: &decoding, csvDecoding: &csvDecoding)
        let diagnostics = decoding.diagnostics + csvDecoding.diagnostics
        return (diagnostics.hasErrors ? nil : table, diagnostics)
    }

    /// Key figures written in a page's own front matter (`figures: [{value: 43, label: clients}]`),
    /// checked the same way as a `kind: figures` table's.
    public static func keyFigures(_ list: FrontMatterNode, file: String) -> (figures: [KeyFigure], diagnostics: [Diagnostic]) {
        var decoding = DataDecoding(file: file)
        let figures = (decoding.list(list, key: "figures") ?? []).compactMap { decoding.keyFigure($0) }
        return (decoding.diagnostics.hasErrors ? [] : figures, decoding.diagnostics)
    }

    /// The CSV file a table takes its rows from (`csv: NAME.csv`, relative to the file `root` was
    /// read from), so the caller can read it and pass its text to `decode`.
    public static func csvReference(in root: FrontMatterNode) -> String? {
        root.value["csv"]?.value.stringValue
    }
}

// MARK: - Helpers

extension DataTableDecoder {
    /// Decodes a table whose rows may come from CSV; used by `CSVDataReader` too.
    static func decodeTable(
        _ root: FrontMatterNode, name: String, csv: CSVSource?,
        decoding: inout DataDecoding, csvDecoding: inout DataDecoding
    ) -> DataTable? {
        guard case .mapping = root.value else {
            decoding.error(DataMessages.notAMapping("a data table", found: root.value), at: root)
            return nil
        }
        var csvRows: CSVRows?
        if let reference = root.value["csv"] {
            guard let csv else {
                decoding.error(DataMessages.csvNotRead, at: reference, hint: DataMessages.csvNotReadHint)
                return nil
            }
            let (records, syntax) = CSVReader.read(csv.text, file: csv.file)
            csvDecoding.diagnostics += syntax
            csvRows = CSVRows(records: records, decoding: &csvDecoding)
            guard csvRows != nil else { return nil }
        }
        guard let kind = tableKind(root, csvRows: csvRows, decoding: &decoding) else { return nil }
        guard let fields = decoding.entries(of: root, what: "a \(kind.rawValue) table", known: kind.tableKeys) else {
            return nil
        }
        if csvRows != nil {
            for key in ["rows", "figures"] where fields[key] != nil {
                decoding.error(DataMessages.csvAndRows, at: fields[key]!)
            }
        }
        switch kind {
        case .trend:
            return decoding.trendTable(fields, name: name, csvRows: csvRows, csvDecoding: &csvDecoding).map(DataTable.trend)
        case .money:
            return decoding.moneyTable(fields, name: name, csvRows: csvRows, csvDecoding: &csvDecoding).map(DataTable.money)
        case .figures:
            return decoding.figureRow(fields, name: name, csvRows: csvRows, csvDecoding: &csvDecoding).map(DataTable.figures)
        }
    }

    /// The kind as written, or as the CSV header tells it when `kind:` is left out.
    static func tableKind(_ root: FrontMatterNode, csvRows: CSVRows?, decoding: inout DataDecoding) -> TableKind? {
        guard let node = root.value["kind"] else {
            if let csvRows { return csvRows.kind }
            decoding.error(
                DataMessages.missingKey("kind", in: "a data table"), at: root,
                hint: "add kind: " + DataMessages.kinds
            )
            return nil
        }
        guard let word = decoding.text(node, key: "kind") else { return nil }
        guard let kind = TableKind(rawValue: word.lowercased()) else {
            decoding.error(DataMessages.unknownKind(word), at: node, hint: "use " + DataMessages.kinds)
            return nil
        }
        if let csvRows, csvRows.kind != kind {
            decoding.error(DataMessages.csvKindMismatch(declared: kind.rawValue, found: csvRows.kind.rawValue), at: node)
            return nil
        }
        return kind
    }
}
