/// The text of a CSV file a data table takes its rows from, and where the file is.
public struct CSVSource: Sendable, Hashable {
    /// The file's text.
    public var text: String
    /// The file's site-relative path, for diagnostics, e.g. `content/_data/funding.csv`.
    public var file: String

    /// Creates a CSV source.
    public init(text: String, file: String) {
        self.text = text
        self.file = file
    }
}
