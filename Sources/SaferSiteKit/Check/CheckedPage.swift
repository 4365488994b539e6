import Diagnostics
import FrontMatter

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

    /// Pairs a page with its rendered body and `text`, the text of its file.
    init(page: Page, body: RenderedMarkdown, text: String) {
        self.page = page
        self.body = body
        let lines = LFLines(text.utf8.contains(UInt8(ascii: "\r")) ? SourceText(text).text(fromLine: 0) : text)
        self.fileLines = lines
        self.links = Self.locate(body.links, lines: lines, page: page)
        self.paragraphs = body.paragraphs.map { ($0, PlainEnglishText.sentences(in: $0.text)) }
    }

    /// The text of a file line inside the body, or nil for a front matter line.
    func sourceLine(_ line: Int) -> String? {
        guard line >= page.bodyFirstLine, line <= fileLines.count else { return nil }
        return String(fileLines[line - 1])
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
    /// position, so those are found by searching the body for their text: the n-th such link
    /// with a text is placed at the n-th occurrence of that text.
    static func locate(_ links: [LinkReference], lines: LFLines, page: Page) -> [(link: LinkReference, location: SourceLocation)] {
        var occurrencesUsed: [String: Int] = [:]
        return links.map { link in
            guard link.location.line < page.bodyFirstLine, !link.text.isEmpty else { return (link, link.location) }
            let wanted = occurrencesUsed[link.text, default: 0]
            occurrencesUsed[link.text] = wanted + 1
            var seen = 0
            for index in max(0, page.bodyFirstLine - 1)..<max(lines.count, page.bodyFirstLine - 1) {
                let line = lines[index]
                var searchStart = line.startIndex
                while let range = line.range(of: link.text, range: searchStart..<line.endIndex) {
                    if seen == wanted {
                        let column = line.distance(from: line.startIndex, to: range.lowerBound) + 1
                        return (link, SourceLocation(file: page.source, line: index + 1, column: column))
                    }
                    seen += 1
                    searchStart = range.upperBound
                }
            }
            return (link, link.location)
        }
    }
}
