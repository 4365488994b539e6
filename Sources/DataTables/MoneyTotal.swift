/// A total row of a money table: the sum of a group's rows or of all rows.
///
/// When its values are declared, the build checks each against the sum of its rows and fails
/// when they differ; when they are left out, the build computes them.
public struct MoneyTotal: Sendable, Hashable {
    /// Which rows a total adds up.
    public enum Scope: Sendable, Hashable {
        /// Every row of the table.
        case all
        /// The rows whose `group` is this name.
        case group(String)
    }

    /// The name a sentence quotes the row by (`id:`), when it is not the slug of its label.
    public var id: String?
    /// The row's label, e.g. "Total" or "Community safety partnerships sub-total".
    public var label: String
    /// Which rows it adds up.
    public var scope: Scope
    /// One amount per column: declared in the data, or computed when none were declared.
    public var values: [MoneyAmount]
    /// Whether the values were written in the data (and so checked), rather than computed.
    public var isDeclared: Bool
    /// The line the total starts on, for diagnostics.
    public var line: Int

    /// Creates a total.
    public init(label: String, scope: Scope, values: [MoneyAmount], isDeclared: Bool = true, line: Int = 0, id: String? = nil) {
        self.id = id
        self.label = label
        self.scope = scope
        self.values = values
        self.isDeclared = isDeclared
        self.line = line
    }
}
