/// Measures over time (`kind: trend`): each row is a measure in an area, with either a series of
/// values by period or a change stated by the source.
public struct TrendTable: Sendable, Hashable {
    /// The name the table is referenced by.
    public var name: String
    /// The table's caption, e.g. "Recorded crime in Oxford".
    public var caption: String
    /// The document the figures come from, cited under the table.
    public var source: String?
    /// What the values measure.
    public var unit: DataUnit
    /// Decimal places for a computed percentage change (1 unless the data says otherwise).
    public var decimals: Int
    /// The period labels, one per value in a row's series, e.g. `["2013/14", "2014/15"]`.
    public var periods: [String]
    /// The rows, in the order written.
    public var rows: [TrendRow]
    /// Sentences shown under the table.
    public var notes: [String]

    /// The default number of decimal places for a computed percentage change.
    public static let defaultDecimals = 1

    /// Creates a trend table.
    public init(
        name: String, caption: String, source: String? = nil, unit: DataUnit = .count,
        decimals: Int = TrendTable.defaultDecimals, periods: [String], rows: [TrendRow],
        notes: [String] = []
    ) {
        self.name = name
        self.caption = caption
        self.source = source
        self.unit = unit
        self.decimals = decimals
        self.periods = periods
        self.rows = rows
        self.notes = notes
    }

    /// The change each row shows, computed from its series or taken from its stated change.
    public func change(of row: TrendRow) -> TrendChange? {
        TrendChange(row: row, periods: periods, unit: unit, decimals: decimals)
    }

    /// The sources to cite: the table's own, then any other a row names, each once, in order.
    public var sources: [String] {
        var seen: [String] = []
        for source in [source] + rows.map(\.source) {
            if let source, !source.isEmpty, !seen.contains(source) { seen.append(source) }
        }
        return seen
    }

    /// Whether any row has a series of at least two values, so there is something to chart.
    public var hasSeries: Bool {
        rows.contains { $0.values.compactMap { $0 }.count >= 2 }
    }
}
