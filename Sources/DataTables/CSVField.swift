/// One field of a CSV record, with where it starts in the file.
public struct CSVField: Sendable, Hashable {
    /// The field's text, with quotes removed and doubled quotes made single.
    public var text: String
    /// 1-based line where the field starts.
    public var line: Int
    /// 1-based column (in characters) where the field starts.
    public var column: Int

    /// Creates a field.
    public init(text: String, line: Int, column: Int) {
        self.text = text
        self.line = line
        self.column = column
    }
}
