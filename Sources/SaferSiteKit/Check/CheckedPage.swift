import Diagnostics
import FrontMatter
import TextSupport

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
    /// The page file's lines, with every line break made LF as the parser made them: the page's
    /// Markdown itself is let go once the markdown stage has rendered it.
    private let fileLines: LFLines
    /// Each line made into a string once: every finding on a line then shares its text, where a
    /// copy each made thousands of copies of a long line.
    private let madeLines = LockedMemo<Int, String>()

    /// Pairs a page with its rendered body and `text`, the text of its file.
    init(page: Page, body: RenderedMarkdown, text: String) {
        self.page = page
        self.body = body
        let lines = LFLines(text.containsUTF8Byte(UInt8(ascii: "\r")) ? SourceText(text).text(fromLine: 0) : text)
        self.fileLines = lines
        self.links = Self.locate(body.links, lines: lines, page: page)
        self.paragraphs = body.paragraphs.map { ($0, PlainEnglishText.sentences(in: $0.text)) }
    }

    /// The text of a file line inside the body, or nil for a front matter line.
    func sourceLine(_ line: Int) -> String? {
        guard line >= page.bodyFirstLine, line <= fileLines.count else { return nil }
        if let made = madeLines.value(forKey: line) { return made }
        let text = String(fileLines[line - 1])
        madeLines.set(text, forKey: line)
        return text
    }

    /// Where `text` is written in the body, each place with its line and column.
    func locations(of text: String) -> [SourceLocation] {
        fileLines.occurrences(of: text, fromLine: page.bodyFirstLine - 1).map {
            SourceLocation(file: page.source, line: $0.line + 1, column: $0.column)
        }
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
    /// `lines` are the file's; the body starts at line `page.bodyFirstLine`.
    static func locate(_ links: [LinkReference], lines: LFLines, page: Page) -> [(link: LinkReference, location: SourceLocation)] {
        let first = page.bodyFirstLine - 1
        guard first >= 0, first < lines.count else { return links.map { ($0, $0.location) } }
        // Where the next search starts: a line, a place in it, and the column of that place.
        var cursor = (line: first, index: lines[first].startIndex, column: 1)
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
                    return (link, SourceLocation(file: page.source, line: index + 1, column: column))
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
