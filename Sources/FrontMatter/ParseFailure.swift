
/// A problem found while reading one value, thrown to the nearest place that can recover.
///
/// Block mappings and lists catch it, record a `Diagnostic`, skip the rest of the value and go on,
/// so one pass reports several problems but never keeps a value that had an error.
struct ParseFailure: Error, Sendable {
    /// What is wrong.
    let problem: FrontMatterError
    /// Where the offending character is.
    let position: TextPosition

    /// Creates a failure at a line and scalar index.
    init(_ problem: FrontMatterError, line: Int, index: Int) {
        self.problem = problem
        self.position = TextPosition(line: line, index: index)
    }

    /// Creates a failure at a position.
    init(_ problem: FrontMatterError, at position: TextPosition) {
        self.problem = problem
        self.position = position
    }
}
