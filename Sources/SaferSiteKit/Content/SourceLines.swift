/// A file's text split into lines, so diagnostics can show the line they point at.
public struct SourceLines: Sendable {
    /// The file's path as shown in diagnostics.
    public var file: String
    private let lines: [Substring]

    /// Splits text into lines on LF, CRLF or a lone CR.
    public init(file: String, text: String) {
        self.file = file
        var normalised = text
        if normalised.hasPrefix("\u{FEFF}") { normalised.removeFirst() }
        self.lines = normalised.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }
    }

    /// The text of a 1-based line, or nil past the end.
    public func line(_ number: Int) -> String? {
        guard number >= 1, number <= lines.count else { return nil }
        return String(lines[number - 1])
    }

    /// A diagnostic at a line and column of this file, showing that line.
    public func diagnostic(
        _ severity: Diagnostic.Severity, line: Int, column: Int, _ message: String,
        hint: String? = nil, code: String? = nil
    ) -> Diagnostic {
        Diagnostic(severity, at: SourceLocation(file: file, line: line, column: column), message,
                   hint: hint, sourceLine: self.line(line), code: code)
    }
}
