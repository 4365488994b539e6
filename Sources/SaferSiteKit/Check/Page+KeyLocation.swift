import Diagnostics

extension Page {
    /// Where a front matter key is written, or the file's first line when the page lacks it.
    func location(ofKey key: String) -> SourceLocation {
        guard let entry = meta.entry(key) else { return SourceLocation(file: source, line: 1, column: 1) }
        return SourceLocation(file: source, line: entry.line, column: entry.column)
    }
}
