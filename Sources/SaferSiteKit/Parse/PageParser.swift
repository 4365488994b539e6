import Diagnostics
import Foundation
import FrontMatter

/// The parse stage for pages: front matter read and checked, body kept for Markdown rendering.
package struct PageParser: Sendable {
    /// Creates a parser.
    package init() {}

    /// Parses one page file.
    ///
    /// A page file that is not text, or whose front matter cannot be read, still gives a page,
    /// titled by its path and marked `frontMatterFailed`: the build fails on its errors anyway,
    /// and links, menus and listings that name the page are not reported as broken too (one
    /// mistake, one message).
    package func parse(_ file: SourceFile) -> (ParsedPage, [Diagnostic]) {
        let (decoded, textDiagnostics) = file.text()
        guard let text = decoded else { return (Self.standIn(for: file, body: "", bodyFirstLine: 1), textDiagnostics) }
        let parsed = FrontMatterParser.parsePage(text, file: file.path)
        var diagnostics = parsed.diagnostics
        let source = SourceLines(file: file.path, text: text)
        if !parsed.hasFrontMatter && diagnostics.isEmpty {
            diagnostics.append(source.diagnostic(.error, line: 1, column: 1, ContentMessages.noFrontMatter,
                                                 hint: ContentMessages.noFrontMatterHint, code: "front-matter"))
        }
        if diagnostics.hasErrors {
            return (Self.standIn(for: file, body: parsed.body, bodyFirstLine: parsed.bodyFirstLine), textDiagnostics + diagnostics)
        }
        let (meta, metaDiagnostics) = PageMetadataDecoder(source: source)
            .decode(parsed.frontMatter, fallbackTitle: file.relativePath, frontMatterLine: parsed.frontMatterLine)
        diagnostics += metaDiagnostics
        let page = ParsedPage(source: file.path, contentPath: file.relativePath, kind: file.kind, meta: meta,
                              body: parsed.body, bodyFirstLine: parsed.bodyFirstLine)
        return (page, textDiagnostics + diagnostics)
    }

    /// The page that stands in for a file whose front matter could not be read.
    static func standIn(for file: SourceFile, body: String, bodyFirstLine: Int) -> ParsedPage {
        var page = ParsedPage(source: file.path, contentPath: file.relativePath, kind: file.kind,
                              meta: PageMetadata(title: file.relativePath), body: body, bodyFirstLine: bodyFirstLine)
        page.frontMatterFailed = true
        return page
    }
}
