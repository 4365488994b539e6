@testable import Diagnostics
@testable import FrontMatter
@testable import Preview
@testable import SaferSiteKit
import Testing

@Suite("Assembling the site")
struct SiteAssemblerTests {
    func parsed(_ path: String, _ title: String, kind: SourceFile.Kind = .page, weight: Int? = nil, date: FrontMatterDate? = nil, url: String? = nil) -> ParsedPage {
        var meta = PageMetadata(title: title)
        meta.weight = weight
        meta.date = date
        meta.url = url
        return ParsedPage(source: "content/" + path, contentPath: path, kind: kind, meta: meta, body: "", bodyFirstLine: 1)
    }

    @Test("sections come from folders; a folder without _index.md gets a generated page")
    func sections() {
        let (site, diagnostics) = SiteAssembler(settings: SiteSettings()).assemble([
            parsed("index.md", "Home", kind: .home),
            parsed("projects/_index.md", "Projects", kind: .sectionIndex),
            parsed("projects/b.md", "B"),
            parsed("news/x.md", "X"),
        ], assets: [])
        #expect(diagnostics.isEmpty)
        #expect(site.sections.keys.sorted() == ["", "news", "projects"])
        let news = site.pages[site.sections["news"]!.pageIndex]
        #expect(news.isGenerated && news.meta.title == "News" && news.url == "/news/")
        #expect(site.sections[""]!.subsectionPaths.sorted() == ["news", "projects"])
    }

    @Test("listings order by weight, then newest date, then title")
    func listingOrder() {
        let (site, _) = SiteAssembler(settings: SiteSettings()).assemble([
            parsed("index.md", "Home", kind: .home),
            parsed("c.md", "C"), parsed("a.md", "A"),
            parsed("old.md", "Old", date: FrontMatterDate(year: 2011, month: 2, day: 1)),
            parsed("new.md", "New", date: FrontMatterDate(year: 2015, month: 6, day: 1)),
            parsed("heavy.md", "Heavy", weight: 2), parsed("light.md", "Light", weight: 1),
        ], assets: [])
        let titles = site.sections[""]!.pageIndexes.map { site.pages[$0].meta.title }
        #expect(titles == ["Light", "Heavy", "New", "Old", "A", "C"])
    }

    /// Dates a page may have: none, a day, and the same moment written two ways, which are
    /// neither before nor after each other (the title and path then decide).
    static let sampleDates: [FrontMatterDate?] = [
        nil, FrontMatterDate(year: 2011, month: 1, day: 1),
        FrontMatterDate(year: 2011, month: 1, day: 1, time: .init(hour: 10, minute: 0, second: 0, offsetMinutes: 0)),
        FrontMatterDate(year: 2011, month: 1, day: 1, time: .init(hour: 11, minute: 0, second: 0, offsetMinutes: 60)),
        FrontMatterDate(year: 2012, month: 1, day: 1),
    ]

    /// 60 pages are compared pair by pair; 5,000 take the sort that runs in two halves on two
    /// cores, and are checked in rank order.
    @Test("listing ranks and the newest-first sort agree with comparing the pages", arguments: [60, 5000])
    func listingRanks(count: Int) {
        var generator = SeededGenerator(seed: 2026)
        let pages = (0..<count).map { number in
            let date = Self.sampleDates.randomElement(using: &generator)!
            let weight = Int.random(in: 0...4, using: &generator) == 0 ? Int.random(in: 1...2, using: &generator) : nil
            let parsedPage = parsed("p\(number).md", ["A", "B", "C"].randomElement(using: &generator)!, weight: weight, date: date)
            return Page(source: parsedPage.source, contentPath: parsedPage.contentPath, kind: .page, sectionPath: "", url: "/p\(number)/",
                        outputPath: "p\(number)/index.html", meta: parsedPage.meta, body: "", bodyFirstLine: 1)
        }
        let ranks = ListingOrder.ranks(of: pages)
        #expect(Set(ranks) == Set(pages.indices))
        if count <= 100 {
            for a in pages.indices {
                for b in pages.indices {
                    #expect((ranks[a] < ranks[b]) == ListingOrder.before(pages[a], pages[b]), "\(pages[a].contentPath) \(pages[b].contentPath)")
                }
            }
        } else {
            let inOrder = pages.indices.sorted { ranks[$0] < ranks[$1] }
            for (earlier, later) in zip(inOrder, inOrder.dropFirst()) {
                #expect(ListingOrder.before(pages[earlier], pages[later]) && !ListingOrder.before(pages[later], pages[earlier]),
                        "\(pages[earlier].contentPath) \(pages[later].contentPath)")
            }
        }
        let newest = ListingOrder.newestFirst(Array(pages.indices), of: pages)
        #expect(newest.sorted() == Array(pages.indices))
        for (earlier, later) in zip(newest, newest.dropFirst()) {
            #expect(ListingOrder.newestFirst(pages[earlier], pages[later]), "\(pages[earlier].contentPath) \(pages[later].contentPath)")
        }
    }

    @Test("two pages writing the same file are an error naming both; so are addresses differing only in case")
    func clashes() {
        let (_, diagnostics) = SiteAssembler(settings: SiteSettings()).assemble([
            parsed("one.md", "One", url: "/same/"), parsed("two.md", "Two", url: "/same/"),
            parsed("Case.md", "Upper"), parsed("case.md", "Lower"),
        ], assets: [])
        #expect(diagnostics.count == 2)
        #expect(diagnostics.contains { $0.location.file == "content/two.md" && $0.message.contains("content/one.md") })
        #expect(diagnostics.contains { $0.message.contains("differs only in capital letters") })
    }

    @Test("a menu entry pointing at a missing page is an error at the menu line, naming the page it most likely means")
    func menus() {
        var settings = SiteSettings()
        settings.menus = ["main": [MenuItem(name: "Gone", target: .page("gone.md"), location: SourceLocation(file: "content/_site.yaml", line: 4, column: 7)),
                                   MenuItem(name: "About", target: .page("abuot.md"), location: SourceLocation(file: "content/_site.yaml", line: 5, column: 7))]]
        let (site, _) = SiteAssembler(settings: settings).assemble([parsed("index.md", "Home", kind: .home), parsed("about.md", "About")], assets: [])
        let diagnostics = MenuCheck().check(site)
        #expect(diagnostics.map(\.location) == [SourceLocation(file: "content/_site.yaml", line: 4, column: 7),
                                                SourceLocation(file: "content/_site.yaml", line: 5, column: 7)])
        #expect(diagnostics.first?.message == ContentMessages.menuTargetMissing("gone.md"))
        #expect(diagnostics.first?.hint == ContentMessages.menuTargetMissingHint)
        #expect(diagnostics.last?.hint == "did you mean 'page: about.md'?")
    }

    @Test("an entry point pointing at a missing page is an error at its line, as a menu entry is")
    func entryPoints() {
        var settings = SiteSettings()
        let location = SourceLocation(file: "content/_site.yaml", line: 3, column: 5)
        settings.entryPoints = [
            EntryPoint(link: MenuItem(name: "Home", target: .page("index.md"), location: location)),
            EntryPoint(link: MenuItem(name: "Gone", target: .page("gone.md"), location: location), summary: "Not there."),
        ]
        let (site, _) = SiteAssembler(settings: settings).assemble([parsed("index.md", "Home", kind: .home)], assets: [])
        let diagnostics = MenuCheck().check(site)
        #expect(diagnostics.map(\.location) == [location])
        #expect(diagnostics.first?.message == ContentMessages.menuTargetMissing("gone.md"))
    }
}
