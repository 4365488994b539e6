/// A row of key figures shown as large numbers (`kind: figures`): "43 clients, 2% reoffend".
public struct FigureRow: Sendable, Hashable {
    /// The name the figures are referenced by.
    public var name: String
    /// What the figures are about, e.g. "ASPIRE in 2014-15".
    public var caption: String
    /// The document the figures come from.
    public var source: String?
    /// The figures, in the order written.
    public var figures: [KeyFigure]

    /// Creates a row of figures.
    public init(name: String, caption: String, source: String? = nil, figures: [KeyFigure]) {
        self.name = name
        self.caption = caption
        self.source = source
        self.figures = figures
    }
}
