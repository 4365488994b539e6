/// One key figure: a number, its unit and what it counts.
public struct KeyFigure: Sendable, Hashable {
    /// The name a sentence quotes the row by (`id:`), when it is not the slug of its label.
    public var id: String?
    /// The number, exactly as published.
    public var value: ExactNumber
    /// What kind of number it is.
    public var unit: DataUnit
    /// What it counts, e.g. "clients re-offend".
    public var label: String
    /// The line it was written on, for diagnostics.
    public var line: Int

    /// Creates a figure.
    public init(value: ExactNumber, unit: DataUnit = .count, label: String, line: Int = 0, id: String? = nil) {
        self.id = id
        self.value = value
        self.unit = unit
        self.label = label
        self.line = line
    }

    /// The number with its unit: `43`, `2%`, `£786,680`.
    public var text: String { unit.text(value) }
}
