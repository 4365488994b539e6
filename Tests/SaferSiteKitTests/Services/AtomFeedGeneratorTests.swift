import Foundation
import Testing
#if canImport(FoundationXML)
import FoundationXML
#endif
@testable import SaferSiteKit
@testable import FrontMatter

/// The Atom 1.0 feed: RFC 4287's required elements, absolute links, RFC 3339 dates, order and limit.
@Suite("Atom feed")
struct AtomFeedGeneratorTests {
    typealias F = ServiceFixtures

    let site = F.site([
        F.page("/", title: "Home", kind: .home, date: F.day(2020, 1, 1)),
        F.page("/news/", title: "News", kind: .section, date: F.day(2020, 1, 1)),
        F.page("/news/old/", title: "Old <report>", summary: "From 2011 & before.", date: F.day(2011, 2, 1), topics: ["hate crime"]),
        F.page("/news/plan/", title: "Plan", summary: "The plan.", date: F.day(2015, 6, 1), lastReviewed: F.day(2015, 8, 1)),
        F.page("/news/timed/", title: "Timed", date: FrontMatterDate(year: 2015, month: 6, day: 3, time: .init(hour: 9, minute: 30, second: 0))),
        F.page("/about/", title: "About"),
        F.page("/news/draft/", title: "Draft", date: F.day(2016, 1, 1), draft: true),
    ], description: "Working together for safer streets.")

    let bodies: [RenderedMarkdown] = [
        RenderedMarkdown(html: ""), RenderedMarkdown(html: ""),
        RenderedMarkdown(html: ##"<p>See <a href="/about/">us</a>, <a href="#more">more</a>, <a href="//cdn.example/x">x</a> and <img src="/images/a.png" alt="A"></p>"##),
        RenderedMarkdown(html: "<p>Plan</p>"), RenderedMarkdown(html: "<p>Timed</p>"),
        RenderedMarkdown(html: ""), RenderedMarkdown(html: ""),
    ]

    func feed(_ site: Site? = nil) throws -> (text: String, root: XMLElement) {
        let text = try #require(F.onlyText(AtomFeedGenerator().files(for: site ?? self.site, bodies: bodies), path: "feed.xml"))
        return (text, try #require(try F.parseXML(text).rootElement()))
    }

    @Test("the feed has Atom's required elements, all links absolute")
    func feedElements() throws {
        let root = try feed().root
        #expect(root.name == "feed")
        #expect(root.uri == "http://www.w3.org/2005/Atom")
        #expect(root.child("id")?.stringValue == "https://www.example.gov.uk/")
        #expect(root.child("title")?.stringValue == "Safer Example")
        #expect(root.child("subtitle")?.stringValue == "Working together for safer streets.")
        #expect(root.child("author")?.child("name")?.stringValue == "Safer Example")
        let links = root.children(named: "link")
        let byRel = Dictionary(uniqueKeysWithValues: links.map { ($0.value(of: "rel") ?? "", $0.value(of: "href") ?? "") })
        #expect(byRel == ["self": "https://www.example.gov.uk/feed.xml", "alternate": "https://www.example.gov.uk/"])
        #expect(root.child("updated")?.stringValue == "2015-08-01T00:00:00Z")
    }

    @Test("entries are the dated ordinary pages, newest first; drafts, home and section pages left out")
    func entryOrder() throws {
        let titles = try feed().root.children(named: "entry").compactMap { $0.child("title")?.stringValue }
        #expect(titles == ["Timed", "Plan", "Old <report>"])
    }

    @Test("each entry has id, title, updated, published, an alternate link, summary and content")
    func entryElements() throws {
        let entries = try feed().root.children(named: "entry")
        for entry in entries {
            for name in ["id", "title", "updated", "published"] {
                #expect(entry.child(name)?.stringValue?.isEmpty == false, "\(name)")
            }
            #expect(F.isAbsolute(entry.child("id")?.stringValue ?? ""))
            let link = try #require(entry.child("link"))
            #expect(link.value(of: "rel") == "alternate")
            #expect(F.isAbsolute(link.value(of: "href") ?? ""))
            #expect(F.isRFC3339(entry.child("updated")?.stringValue ?? ""))
            #expect(F.isRFC3339(entry.child("published")?.stringValue ?? ""))
            #expect(entry.child("content")?.value(of: "type") == "html")
        }
        let plan = try #require(entries.first { $0.child("title")?.stringValue == "Plan" })
        #expect(plan.child("published")?.stringValue == "2015-06-01T00:00:00Z")
        #expect(plan.child("updated")?.stringValue == "2015-08-01T00:00:00Z", "a later review updates the entry")
        #expect(plan.child("summary")?.stringValue == "The plan.")
        let timed = try #require(entries.first)
        #expect(timed.child("published")?.stringValue == "2015-06-03T09:30:00Z")
    }

    @Test("text and HTML content are escaped and read back exactly; content links become absolute")
    func escapedContent() throws {
        let (text, root) = try feed()
        #expect(text.contains("<title type=\"text\">Old &lt;report&gt;</title>"))
        let old = try #require(root.children(named: "entry").last)
        #expect(old.child("summary")?.stringValue == "From 2011 & before.")
        #expect(old.child("category")?.value(of: "term") == "hate crime")
        let content = try #require(old.child("content")?.stringValue)
        #expect(content.contains(#"<a href="https://www.example.gov.uk/about/">us</a>"#))
        #expect(content.contains(##"<a href="https://www.example.gov.uk/news/old/#more">more</a>"##))
        #expect(content.contains(#"<a href="//cdn.example/x">"#))
        #expect(content.contains(#"<img src="https://www.example.gov.uk/images/a.png" alt="A">"#))
    }

    /// A feed reader shows a picture away from the site, and may pick any width of its `srcset`.
    @Test("each address of a picture's srcset becomes absolute, as its src does")
    func absoluteSourceSets() throws {
        let address = try #require(SiteAddress(baseURL: "https://www.example.gov.uk/safer/"))
        let html = #"<picture><source type="image/webp" srcset="/safer/a-480.webp 480w, /safer/a-800.webp 800w">"#
            + #"<img src="/safer/a-480.jpg" srcset="/safer/a-480.jpg 480w,//cdn.example/a.jpg 800w, https://x.example/a.jpg 1200w" alt="A"></picture>"#
        #expect(AtomFeedGenerator.absoluteLinks(html, pageURL: "/news/", address: address)
            == #"<picture><source type="image/webp" srcset="https://www.example.gov.uk/safer/a-480.webp 480w, https://www.example.gov.uk/safer/a-800.webp 800w">"#
            + #"<img src="https://www.example.gov.uk/safer/a-480.jpg" srcset="https://www.example.gov.uk/safer/a-480.jpg 480w,//cdn.example/a.jpg 800w, https://x.example/a.jpg 1200w" alt="A"></picture>"#)
    }

    @Test("at most the limit of entries")
    func limit() throws {
        let pages = (1...25).map { F.page("/news/\($0)/", title: "Update \($0)", date: F.day(2015, 1, $0)) }
        let files = AtomFeedGenerator().files(for: F.site(pages), bodies: [])
        let text = try #require(F.onlyText(files, path: "feed.xml"))
        let root = try #require(try F.parseXML(text).rootElement())
        let titles = root.children(named: "entry").compactMap { $0.child("title")?.stringValue }
        #expect(titles.count == 20)
        #expect(titles.first == "Update 25")
        #expect(root.child("updated")?.stringValue == "2015-01-25T00:00:00Z")
    }

    @Test("no base URL, or no dates anywhere, no feed")
    func noFeed() {
        #expect(AtomFeedGenerator().files(for: F.site(site.pages, baseURL: ""), bodies: bodies).isEmpty)
        #expect(AtomFeedGenerator().files(for: F.site([F.page("/about/", title: "About")]), bodies: []).isEmpty)
    }

    @Test("control characters XML forbids are dropped, so the feed always parses")
    func controlCharacters() throws {
        let site = F.site([F.page("/a/", title: "Bell\u{07} and tab\there", date: F.day(2015, 1, 1))])
        let text = try #require(F.onlyText(AtomFeedGenerator().files(for: site, bodies: []), path: "feed.xml"))
        let root = try #require(try F.parseXML(text).rootElement())
        #expect(root.child("entry")?.child("title")?.stringValue == "Bell and tab\there")
    }
}
