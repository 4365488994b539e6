import Diagnostics
import FrontMatter

/// Reads a data table from a CSV file (RFC 4180).
///
/// The first column's header tells the layout: `measure` (a trend table: `measure, area,
/// better`, one column per period, optional `change, period, qualifier, source`), `label` (a
/// money table: `label`, optional `group`, one column per year) or `value` (key figures:
/// `value, label`, optional `unit`). A table's caption, source, notes and totals are not rows,
/// so they live in a YAML file beside the CSV that names it with `csv: NAME.csv`; pass that
/// file's root as `metadata`.
public enum CSVDataReader {
    /// Decodes the CSV `text` of the table `name`, read from `file`.
    ///
    /// - Parameters:
    ///   - metadata: the mapping of the YAML file that names this CSV (caption, source...), if any.
    ///     Without it the rows are still checked, but the table is reported as lacking a caption.
    ///   - metadataFile: the path of that YAML file, for its diagnostics.
    public static func read(
        _ text: String, name: String, file: String,
        metadata: FrontMatterNode? = nil, metadataFile: String? = nil
    ) -> (table: DataTable?, diagnostics: [Diagnostic]) {
        var decoding = DataDecoding(file: metadataFile ?? file)
        var csvDecoding = DataDecoding(file: file)
        var root = metadata ?? FrontMatterNode(.mapping([]), line: 1, column: 1)
        if metadata == nil {
            csvDecoding.error(
                DataMessages.missingCSVCaption, line: 1, column: 1,
                hint: DataMessages.missingCSVCaptionHint(name: name)
            )
            // A stand-in caption, so the rows are still checked and every problem reported at once.
            root.value = .mapping([FrontMatterEntry(key: "caption", line: 1, column: 1, value: FrontMatterNode(.string(name), line: 1, column: 1))])
        }
        if case .mapping(var entries) = root.value, !entries.contains(where: { $0.key == "csv" }) {
            entries.append(FrontMatterEntry(key: "csv", line: root.line, column: root.column, value: FrontMatterNode(.string(file), line: root.line, column: root.column)))
            root.value = .mapping(entries)
        }
        let table = DataTableDecoder.decodeTable(
            root, name: name, csv: CSVSource(text: text, file: file),
            decoding: &decoding, csvDecoding: &csvDecoding
        )
        let diagnostics = decoding.diagnostics + csvDecoding.diagnostics
        return (diagnostics.hasErrors ? nil : table, diagnostics)
    }
}
