import Diagnostics

/// Why a data table cannot be shown the way a block asks, e.g. a chart of a table with no series.
///
/// The renderer does not know where the block is written, so the caller turns this into a
/// diagnostic at the block's location with `diagnostic(at:)`.
public struct DataBlockError: Error, Sendable, Hashable {
    /// What is wrong, in plain words.
    public var message: String
    /// How to put it right.
    public var hint: String?

    /// Creates an error.
    public init(message: String, hint: String? = nil) {
        self.message = message
        self.hint = hint
    }

    /// The error as a diagnostic at the block's location.
    public func diagnostic(at location: SourceLocation) -> Diagnostic {
        .error(message, at: location, hint: hint, code: DataMessages.code)
    }
}

extension DataBlockError {
    static func notFigures(_ table: DataTable) -> DataBlockError {
        DataBlockError(
            message: "'\(table.name)' is a table, not key figures",
            hint: "use ```table \(table.name) or ```chart \(table.name)"
        )
    }

    static func noChartForFigures(_ table: DataTable) -> DataBlockError {
        DataBlockError(
            message: "'\(table.name)' holds key figures, which are not charted",
            hint: "use ```figures \(table.name)"
        )
    }

    static func noSeries(_ table: DataTable) -> DataBlockError {
        DataBlockError(
            message: "'\(table.name)' has no series of values to chart, only stated changes",
            hint: "use ```table \(table.name)"
        )
    }

    static func negativeValues(_ table: DataTable) -> DataBlockError {
        DataBlockError(
            message: "'\(table.name)' has values below zero, which its chart cannot show",
            hint: "use ```table \(table.name)"
        )
    }
}
