/// A page as the content checks see it: its model, its rendered body and the body's lines.
struct CheckedPage: Sendable {
    /// The page.
    let page: Page
    /// Its body after Markdown rendering.
    let body: RenderedMarkdown
    /// Every link and image of the body with where it is written.
    let links: [(link: LinkReference, location: SourceLocation)]
    /// Each paragraph with its sentences, split once for every rule.
    let paragraphs: [(paragraph: TextBlock, sentences: [PlainEnglishText.Sentence])]
    /// The body's line breaks are all LF by now.
    private let bodyLines: LFLines
    /// Each line made into a string once: every finding on a line then shares its text, where a
    /// copy each made thousands of copies of a long line.
    private let madeLines = LockedMemo<Int, String>()

    /// Pairs a page with its rendered body.
    init(page: Page, body: RenderedMarkdown) {
        self.page = page
        self.body = body
        let lines = LFLines(page.body)
        self.bodyLines = lines
        self.links = Self.locate(body.links, lines: lines, page: page)
        self.paragraphs = body.paragraphs.map { ($0, PlainEnglishText.sentences(in: $0.text)) }
    }

    /// The text of a file line inside the body, or nil for a front matter line.
    func sourceLine(_ line: Int) -> String? {
        let index = line - page.bodyFirstLine
        guard index >= 0, index < bodyLines.count else { return nil }
        if let made = madeLines.value(forKey: index) { return made }
        var text = String(bodyLines[index])
        if text.hasSuffix("\r") { text.removeLast() }
        madeLines.set(text, forKey: index)
        return text
    }

    /// The file lines of the body from `line` to the end of the block that starts there.
    func blockLines(from line: Int) -> [(line: Int, text: String)] {
        var result: [(Int, String)] = []
        var current = line
        while let text = sourceLine(current), !text.trimmed().isEmpty {
            result.append((current, text))
            current += 1
        }
        return result
    }

    /// A finding of `check` at a location, showing the source line when it is in the body.
    func finding(_ check: ContentCheck, at location: SourceLocation, _ message: String, hint: String) -> Diagnostic {
        Diagnostic(check.severity, at: location, message, hint: hint, sourceLine: sourceLine(location.line), code: check.rawValue)
    }
}

// MARK: - Helpers

private extension CheckedPage {
    /// cmark-gfm gives links made from bare addresses in the text (`https://www.gov.uk`) no
    /// position, so those are found by searching the body for their text. Links come in the order
    /// they are written, so each is looked for from where the one before it was found: the body is
    /// searched once for all of them, rather than from its start for each (thousands of bare
    /// addresses on one line took seconds), and the column is counted on from the last one.
    static func locate(_ links: [LinkReference], lines: LFLines, page: Page) -> [(link: LinkReference, location: SourceLocation)] {
        guard lines.count > 0 else { return links.map { ($0, $0.location) } }
        // Where the next search starts: a line, a place in it, and the column of that place.
        var cursor = (line: 0, index: lines[0].startIndex, column: 1)
        // Texts not found after the cursor, which only moves on, so never found later either.
        var missing: Set<String> = []
        return links.map { link in
            guard link.location.line < page.bodyFirstLine, !link.text.isEmpty, !missing.contains(link.text) else { return (link, link.location) }
            var (index, searchStart, column) = cursor
            while true {
                let line = lines[index]
                if let range = line.range(of: link.text, range: searchStart..<line.endIndex) {
                    column += line.distance(from: searchStart, to: range.lowerBound)
                    cursor = (index, range.upperBound, column + line.distance(from: range.lowerBound, to: range.upperBound))
                    return (link, SourceLocation(file: page.source, line: page.bodyFirstLine + index, column: column))
                }
                index += 1
                guard index < lines.count else { break }
                searchStart = lines[index].startIndex
                column = 1
            }
            missing.insert(link.text)
            return (link, link.location)
        }
    }
}
