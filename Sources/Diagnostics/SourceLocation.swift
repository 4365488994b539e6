/// A place in a source file: its path relative to the site folder, and a 1-based line and column.
///
/// A line or column of 0 means "the whole file" or "the whole line".
public struct SourceLocation: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    /// The file's path relative to the site's source folder, e.g. `content/about.md`.
    public var file: String
    /// The 1-based line, or 0 for the whole file.
    public var line: Int
    /// The 1-based column (counted in characters), or 0 for the whole line.
    public var column: Int

    /// Creates a location.
    public init(file: String, line: Int = 0, column: Int = 0) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// `file:line:column`, leaving out the parts that are 0.
    public var description: String {
        var text = file
        if line > 0 {
            text += ":\(line)"
            if column > 0 { text += ":\(column)" }
        }
        return text
    }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.file, lhs.line, lhs.column) < (rhs.file, rhs.line, rhs.column)
    }

    /// The same file at another line and column.
    public func moved(toLine line: Int, column: Int) -> SourceLocation {
        SourceLocation(file: file, line: line, column: column)
    }
}

extension Unicode.Scalar {
    /// Whether this is one of the text-direction embeddings, overrides or isolates (U+202A–U+202E,
    /// U+2066–U+2069), which can make a line read differently from what it holds. Source files may
    /// not hold them, and findings never print them.
    package var isBidiControl: Bool {
        (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value)
    }
}
