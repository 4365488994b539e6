@testable import Diagnostics
@testable import FrontMatter
@testable import SaferSiteKit
import Testing

/// The checks that read front matter or the whole site: review dates, summaries, duplicate titles.
@Suite("Content checks on front matter")
struct PageRuleTests {
    func findings(_ pages: [CheckPage], _ check: ContentCheck) -> [Diagnostic] {
        CheckRun.findings(pages).filter { $0.code == check.rawValue }
    }

    @Test("a page without review_by is warned about at its title")
    func noReviewDate() throws {
        let found = findings([CheckPage(path: "a.md", title: "A", reviewBy: nil)], .reviewDue)
        let finding = try #require(found.first)
        #expect(found.count == 1 && finding.message == ContentCheckMessages.noReviewDate)
        #expect(finding.location == Diagnostics.SourceLocation(file: "content/a.md", line: 2, column: 1))
    }

    @Test("review_by before today is overdue; today itself and later are not", arguments: [
        (FrontMatterDate(year: 2026, month: 11, day: 21), true),
        (FrontMatterDate(year: 2026, month: 11, day: 22), false),
        (FrontMatterDate(year: 2027, month: 1, day: 1), false),
    ])
    func overdue(reviewBy: FrontMatterDate, isOverdue: Bool) {
        let found = findings([CheckPage(path: "a.md", title: "A", reviewBy: reviewBy)], .reviewDue)
        if isOverdue {
            #expect(found.map(\.message) == [ContentCheckMessages.reviewOverdue("21 November 2026")])
            #expect(found.first?.location == Diagnostics.SourceLocation(file: "content/a.md", line: 4, column: 1))
        } else {
            #expect(found.isEmpty)
        }
    }

    @Test("today is injectable")
    func todayIsInjectable() {
        let page = CheckPage(path: "a.md", title: "A", reviewBy: FrontMatterDate(year: 2026, month: 11, day: 21))
        #expect(CheckRun.findings([page], today: FrontMatterDate(year: 2026, month: 1, day: 1)).isEmpty)
    }

    @Test("a missing, empty or over-long summary is warned about; 160 characters is fine", arguments: [
        (nil as String?, ContentCheckMessages.missingSummary as String?, 2),
        ("  ", ContentCheckMessages.missingSummary, 3),
        (String(repeating: "a", count: 161), ContentCheckMessages.longSummary(161), 3),
        (String(repeating: "a", count: 160), nil, 0),
    ])
    func summary(summary: String?, message: String?, line: Int) {
        let found = findings([CheckPage(path: "a.md", title: "A", summary: summary)], .summary)
        #expect(found.map(\.message) == (message.map { [$0] } ?? []))
        if message != nil { #expect(found.first?.location.line == line) }
    }

    @Test("two pages with the same title are both warned about, each naming the other")
    func duplicateTitles() {
        let found = findings([
            CheckPage(path: "a.md", title: "Nightsafe"), CheckPage(path: "projects/b.md", title: "nightsafe "),
            CheckPage(path: "c.md", title: "Different"),
        ], .duplicateTitle)
        #expect(found.map(\.location.file) == ["content/a.md", "content/projects/b.md"])
        #expect(found.map(\.message) == [ContentCheckMessages.duplicateTitle("Nightsafe", others: ["content/projects/b.md"]),
                                         ContentCheckMessages.duplicateTitle("nightsafe ", others: ["content/a.md"])])
    }

    @Test("pages made up for folders without _index.md are not checked")
    func generatedPagesAreSkipped() {
        let found = CheckRun.findings([CheckPage(path: "news/a.md", title: "A")])
        #expect(found.isEmpty, "\(found)")
    }
}
