/// What kind of figure a trend value is, when it is not a final figure for its whole period.
///
/// Written after the number in the data, in YAML and CSV alike, so a downloaded CSV reads back
/// the same: `"5000 (projected)"`, `"56 (part year)"`. A marked figure is shown with its mark in
/// the table, the chart and the CSV, and a row's change is not worked out from it unless the row
/// says `compare: true` (both ends then cover like periods, as the source compares them).
public enum FigureStatus: String, Sendable, Hashable, CaseIterable {
    /// A forecast for a period not yet over.
    case projected
    /// A count for part of the period so far, not its whole.
    case partYear = "part year"

    /// The mark as written after the number and shown beside it: "(projected)".
    public var mark: String { "(\(rawValue))" }

    /// Splits a written value into its number text and its mark: `"5000 (projected)"` gives
    /// `("5000", .projected)`; text without a known mark is returned whole, with nil.
    static func split(_ text: String) -> (number: String, status: FigureStatus?) {
        let trimmed = text.trimmedForData()
        for status in allCases where trimmed.lowercased().hasSuffix(" " + status.mark) {
            return (String(trimmed.dropLast(status.mark.count)).trimmedForData(), status)
        }
        return (trimmed, nil)
    }
}
