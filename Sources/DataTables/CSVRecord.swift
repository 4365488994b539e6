/// One record (row) of a CSV file.
public struct CSVRecord: Sendable, Hashable {
    /// The fields, in order.
    public var fields: [CSVField]
    /// 1-based line where the record starts.
    public var line: Int

    /// Creates a record.
    public init(fields: [CSVField], line: Int) {
        self.fields = fields
        self.line = line
    }
}
