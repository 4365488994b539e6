/// One measure in one area: a series of values by period, or a change the source states.
public struct TrendRow: Sendable, Hashable {
    /// The name a sentence quotes the row by (`id:`), when it is not the slug of its measure.
    public var id: String?
    /// What is measured, e.g. "Sexual offences".
    public var measure: String
    /// Where, e.g. "Oxford".
    public var area: String
    /// Which direction is better for this measure.
    public var better: BetterDirection
    /// One value per period of the table (nil where there is no figure); empty when only a
    /// change is published.
    public var values: [ExactNumber?]
    /// The mark of each value, by period (nil for a final figure); empty when none is marked.
    public var statuses: [FigureStatus?]
    /// Whether the change is worked out even though a value it uses is marked (`compare: true`).
    public var comparesMarked: Bool
    /// The change as published, when there is no series ("down 14% in 2010/11").
    public var statedChange: StatedChange?
    /// The row's own source document, when it differs from the table's.
    public var source: String?
    /// The line the row starts on, for diagnostics.
    public var line: Int

    /// Creates a row.
    public init(
        measure: String, area: String, better: BetterDirection, values: [ExactNumber?] = [],
        statedChange: StatedChange? = nil, source: String? = nil, line: Int = 0,
        statuses: [FigureStatus?] = [], comparesMarked: Bool = false, id: String? = nil
    ) {
        self.id = id
        self.measure = measure
        self.area = area
        self.better = better
        self.values = values
        self.statuses = statuses
        self.comparesMarked = comparesMarked
        self.statedChange = statedChange
        self.source = source
        self.line = line
    }

    /// The mark of the value in period `index`, when it has one.
    public func status(at index: Int) -> FigureStatus? {
        index < statuses.count ? statuses[index] : nil
    }
}
