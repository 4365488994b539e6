/// A page as the content checks see it: its model, its rendered body and the body's lines.
struct CheckedPage: Sendable {
    /// The page.
    let page: Page
    /// Its body after Markdown rendering.
    let body: RenderedMarkdown
    private let bodyLines: [Substring]

    /// Pairs a page with its rendered body.
    init(page: Page, body: RenderedMarkdown) {
        self.page = page
        self.body = body
        self.bodyLines = page.body.split(separator: "\n", omittingEmptySubsequences: false)
    }

    /// The text of a file line inside the body, or nil for a front matter line.
    func sourceLine(_ line: Int) -> String? {
        let index = line - page.bodyFirstLine
        guard index >= 0, index < bodyLines.count else { return nil }
        var text = String(bodyLines[index])
        if text.hasSuffix("\r") { text.removeLast() }
        return text
    }

    /// The file lines of the body from `line` to the end of the block that starts there.
    func blockLines(from line: Int) -> [(line: Int, text: String)] {
        var result: [(Int, String)] = []
        var current = line
        while let text = sourceLine(current), !text.trimmingCharacters(in: .whitespaces).isEmpty {
            result.append((current, text))
            current += 1
        }
        return result
    }

    /// Where a front matter key is written, or the file's first line when the page lacks it.
    func location(ofKey key: String) -> SourceLocation {
        guard let entry = page.meta.entry(key) else { return SourceLocation(file: page.source, line: 1, column: 1) }
        return SourceLocation(file: page.source, line: entry.line, column: entry.column)
    }

    /// A finding of `check` at a location, showing the source line when it is in the body.
    func finding(_ check: ContentCheck, at location: SourceLocation, _ message: String, hint: String) -> Diagnostic {
        Diagnostic(check.severity, at: location, message, hint: hint, sourceLine: sourceLine(location.line), code: check.rawValue)
    }
}
