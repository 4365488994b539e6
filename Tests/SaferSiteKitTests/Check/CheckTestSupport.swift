@testable import Diagnostics
import Foundation
@testable import FrontMatter
@testable import Preview
@testable import SaferSiteKit
import Testing

/// A page for the content-check tests, written as its front matter values and its Markdown body.
///
/// The body starts on file line 6, as if the file were `---`, title, summary, review_by, silence, `---`.
/// Put `1️⃣` in the body where a finding should point: `marked` removes it and gives its line and column.
struct CheckPage {
    static let bodyFirstLine = 6

    var path: String
    var title: String
    var summary: String? = "A page about one thing."
    var reviewBy: FrontMatterDate? = FrontMatterDate(year: 2030, month: 1, day: 1)
    var silences: [(check: String, reason: String?)] = []
    var body: String = ""

    /// The page as the parse stage would give it, with the front matter keys on lines 2 to 5.
    func parsed() -> ParsedPage {
        var entries = [FrontMatterEntry(key: "title", line: 2, column: 1, value: FrontMatterNode(.string(title), line: 2, column: 8))]
        var meta = PageMetadata(title: title)
        if let summary {
            meta.summary = summary
            entries.append(FrontMatterEntry(key: "summary", line: 3, column: 1, value: FrontMatterNode(.string(summary), line: 3, column: 10)))
        }
        if let reviewBy {
            meta.reviewBy = reviewBy
            entries.append(FrontMatterEntry(key: "review_by", line: 4, column: 1, value: FrontMatterNode(.date(reviewBy), line: 4, column: 12)))
        }
        if !silences.isEmpty {
            let items = silences.map { silence in
                var pairs = [FrontMatterEntry(key: "check", line: 5, column: 11, value: FrontMatterNode(.string(silence.check), line: 5, column: 18))]
                if let reason = silence.reason {
                    pairs.append(FrontMatterEntry(key: "reason", line: 5, column: 30, value: FrontMatterNode(.string(reason), line: 5, column: 38)))
                }
                return FrontMatterNode(.mapping(pairs), line: 5, column: 10)
            }
            entries.append(FrontMatterEntry(key: "silence", line: 5, column: 1, value: FrontMatterNode(.sequence(items), line: 5, column: 10)))
        }
        meta.entries = entries
        let kind: SourceFile.Kind = path == "index.md" ? .home : path.hasSuffix("_index.md") ? .sectionIndex : .page
        return ParsedPage(source: "content/" + path, contentPath: path, kind: kind, meta: meta,
                          body: Self.marked(body).text, bodyFirstLine: Self.bodyFirstLine)
    }

    /// The page's file: five lines of front matter (the keys on lines 2 to 5), then the body.
    func file() -> SourceFile {
        let text = "---\ntitle: \(title)\nsummary: \(summary ?? "")\nreview_by: 2030-01-01\nsilence: []\n" + Self.marked(body).text
        return SourceFile(path: "content/" + path, kind: path == "index.md" ? .home : .page, data: Data(text.utf8))
    }

    /// Where `1️⃣` is in the body, as a file location; nil when there is none.
    var marker: Diagnostics.SourceLocation? {
        Self.marked(body).location.map { Diagnostics.SourceLocation(file: "content/" + path, line: $0.line, column: $0.column) }
    }

    static func marked(_ text: String) -> (text: String, location: (line: Int, column: Int)?) {
        guard let range = text.range(of: "1️⃣") else { return (text, nil) }
        let before = text[..<range.lowerBound]
        let line = before.filter { $0 == "\n" }.count + bodyFirstLine
        let column = before.split(separator: "\n", omittingEmptySubsequences: false).last.map { $0.count + 1 } ?? 1
        return (text.replacingCharacters(in: range, with: ""), (line, column))
    }
}

/// Runs the real pipeline from assemble to check on test pages: SiteAssembler, the Markdown stage
/// (cmark-gfm) and the ContentChecker.
enum CheckRun {
    static let today = FrontMatterDate(year: 2026, month: 11, day: 22)

    static func findings(_ pages: [CheckPage], settings: SiteSettings = SiteSettings(), today: FrontMatterDate = today) -> [Diagnostic] {
        let home = pages.contains { $0.path == "index.md" } ? [] : [CheckPage(path: "index.md", title: "Home", summary: "The home page.")]
        let (site, assembly) = SiteAssembler(settings: settings).assemble((home + pages).map { $0.parsed() }, assets: [])
        #expect(assembly.isEmpty, "\(assembly)")
        let bodies = MarkdownStage(site: site).run(reportingTo: DiagnosticCollector())
        return ContentChecker(today: today).check(site, bodies: bodies, sources: SourceTree(files: (home + pages).map { $0.file() }))
            .sortedForDisplay()
    }

    /// The findings for one page with a body.
    static func findings(body: String) -> [Diagnostic] {
        findings([CheckPage(path: "page.md", title: "Page", body: body)])
    }
}
