/// One cell of a money table: an exact amount in pounds, possibly qualified ("up to £2,364"),
/// or "n/a" where nothing applies.
public struct MoneyAmount: Sendable, Hashable {
    /// The amount in pounds, exact; nil for "n/a".
    public var amount: ExactNumber?
    /// Words before the amount as published, e.g. "up to". The amount still counts in totals.
    public var qualifier: String?
    /// The line and column the amount was written at (0 when built in code), for diagnostics.
    public var line: Int
    /// The column the amount was written at.
    public var column: Int

    /// An amount in pounds.
    public init(_ amount: ExactNumber?, qualifier: String? = nil, line: Int = 0, column: Int = 0) {
        self.amount = amount
        self.qualifier = qualifier
        self.line = line
        self.column = column
    }

    /// "n/a": no amount applies.
    public static let notApplicable = MoneyAmount(nil)

    /// The amount as text with the given decimal places: `£5,000`, `up to £2,364`, `n/a`.
    func text(places: Int) -> String {
        guard let amount else { return "n/a" }
        let pounds = DataUnit.pounds.text(amount, places: places)
        return qualifier.map { "\($0) \(pounds)" } ?? pounds
    }
}
