/// One recipient's amounts, one per column of the table.
public struct MoneyRow: Sendable, Hashable {
    /// The name a sentence quotes the row by (`id:`), when it is not the slug of its label.
    public var id: String?
    /// Who or what the money is for, e.g. "Youth Offending Service".
    public var label: String
    /// The group the row belongs to, for sub-totals (e.g. `csp`).
    public var group: String?
    /// One amount per column.
    public var values: [MoneyAmount]
    /// The line the row starts on, for diagnostics.
    public var line: Int

    /// Creates a row.
    public init(label: String, group: String? = nil, values: [MoneyAmount], line: Int = 0, id: String? = nil) {
        self.id = id
        self.label = label
        self.group = group
        self.values = values
        self.line = line
    }
}
