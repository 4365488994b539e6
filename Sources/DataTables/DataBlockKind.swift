/// How a page shows a data table, as written in the fenced block's info string:
/// ```` ```table NAME ````, ```` ```chart NAME ```` or ```` ```figures NAME ````.
public enum DataBlockKind: String, Sendable, Hashable, CaseIterable {
    /// An HTML table with caption, headers, source and a CSV download link.
    case table
    /// An SVG chart, with the table inside a `<details>` as its accessible alternative.
    case chart
    /// Key figures as a row of large numbers.
    case figures
}
