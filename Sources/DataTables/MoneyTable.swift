/// Amounts of money by recipient and year (`kind: money`), with totals the build checks.
public struct MoneyTable: Sendable, Hashable {
    /// The name the table is referenced by.
    public var name: String
    /// The table's caption, e.g. "Police and Crime Commissioner funding".
    public var caption: String
    /// The document the figures come from, cited under the table.
    public var source: String?
    /// The column labels, usually years: `["2014-15", "2015-16"]`.
    public var columns: [String]
    /// The rows, in the order written.
    public var rows: [MoneyRow]
    /// Declared or computed totals: sub-totals of a group, or the total of all rows.
    public var totals: [MoneyTotal]
    /// Sentences shown under the table.
    public var notes: [String]

    /// Creates a money table.
    public init(
        name: String, caption: String, source: String? = nil, columns: [String],
        rows: [MoneyRow], totals: [MoneyTotal] = [], notes: [String] = []
    ) {
        self.name = name
        self.caption = caption
        self.source = source
        self.columns = columns
        self.rows = rows
        self.totals = totals
        self.notes = notes
    }

    /// Decimal places to show every amount with: 2 when any amount has pence, else 0, so a
    /// column's figures line up.
    public var places: Int {
        let amounts = (rows.flatMap(\.values) + totals.flatMap(\.values)).compactMap(\.amount)
        return amounts.contains { $0.rounded(toPlaces: 0) != $0 } ? 2 : 0
    }

    /// The rows a total adds up.
    public func rows(in scope: MoneyTotal.Scope) -> [MoneyRow] {
        switch scope {
        case .all: rows
        case .group(let group): rows.filter { $0.group == group }
        }
    }

    /// The exact sum of a column over the rows in a scope (n/a counts as nothing); nil on overflow.
    public func sum(column: Int, of scope: MoneyTotal.Scope) -> ExactNumber? {
        ExactNumber.sum(rows(in: scope).compactMap { row in
            column < row.values.count ? row.values[column].amount : nil
        })
    }
}
