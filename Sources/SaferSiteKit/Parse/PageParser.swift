import Diagnostics
import Foundation
import FrontMatter

/// The parse stage for pages: front matter read and checked, body kept for Markdown rendering.
package struct PageParser: Sendable {
    /// Creates a parser.
    package init() {}

    /// Parses one page file; nil when it cannot be read as a page at all (the diagnostics say why).
    package func parse(_ file: SourceFile) -> (ParsedPage?, [Diagnostic]) {
        let (decoded, textDiagnostics) = file.text()
        guard let text = decoded else { return (nil, textDiagnostics) }
        let parsed = FrontMatterParser.parsePage(text, file: file.path)
        var diagnostics = parsed.diagnostics
        let source = SourceLines(file: file.path, text: text)
        if !parsed.hasFrontMatter && diagnostics.isEmpty {
            diagnostics.append(source.diagnostic(.error, line: 1, column: 1, ContentMessages.noFrontMatter,
                                                 hint: ContentMessages.noFrontMatterHint, code: "front-matter"))
        }
        // Text problems (a hidden direction control) fail the build but still give a page, so
        // links to it are not reported as broken too.
        if diagnostics.hasErrors { return (nil, textDiagnostics + diagnostics) }
        let (meta, metaDiagnostics) = PageMetadataDecoder(source: source)
            .decode(parsed.frontMatter, fallbackTitle: file.relativePath, frontMatterLine: parsed.frontMatterLine)
        diagnostics += metaDiagnostics
        let page = ParsedPage(source: file.path, contentPath: file.relativePath, kind: file.kind, meta: meta,
                              body: parsed.body, bodyFirstLine: parsed.bodyFirstLine)
        return (page, textDiagnostics + diagnostics)
    }
}
