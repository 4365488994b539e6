import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
@testable import SaferSiteKit
@testable import FrontMatter
@testable import Preview

/// Small sites built in code for the service generators' tests.
enum ServiceFixtures {
    /// A page with just what the generators read.
    static func page(_ url: String, title: String, kind: Page.Kind = .page, summary: String? = nil,
                     date: FrontMatterDate? = nil, lastReviewed: FrontMatterDate? = nil, topics: [String] = [],
                     district: String? = nil, layout: String? = nil, draft: Bool = false) -> Page {
        var meta = PageMetadata(title: title)
        meta.summary = summary
        meta.date = date
        meta.lastReviewed = lastReviewed
        meta.topics = topics
        meta.district = district
        meta.layout = layout
        meta.draft = draft
        let trimmed = url.trimmingCharacters(in: CharacterSet(charactersIn: "/"))
        let contentPath = trimmed.isEmpty ? "index.md" : trimmed + ".md"
        return Page(source: "content/" + contentPath, contentPath: contentPath, kind: kind, sectionPath: "", url: url,
                    outputPath: URLPlanner.outputPath(forURL: url), meta: meta, body: "", bodyFirstLine: 1)
    }

    /// A site of pages, published at a base URL (empty for none).
    static func site(_ pages: [Page], baseURL: String = "https://www.example.gov.uk/", title: String = "Safer Example",
                     description: String? = nil) -> Site {
        var settings = SiteSettings()
        settings.baseURL = baseURL
        settings.title = title
        settings.description = description
        return Site(settings: settings, pages: pages, sections: [:], assets: [])
    }

    /// A date without a time.
    static func day(_ year: Int, _ month: Int, _ day: Int) -> FrontMatterDate {
        FrontMatterDate(year: year, month: month, day: day)
    }

    /// The text of the only file a generator made, or nil when it made none.
    static func onlyText(_ files: [OutputFile], path: String) -> String? {
        guard files.count == 1, files[0].path == path else { return nil }
        return String(decoding: files[0].data, as: UTF8.self)
    }

    /// Parses XML, as a consumer would, throwing when it is not well formed.
    static func parseXML(_ text: String) throws -> XMLDocument {
        try XMLDocument(data: Data(text.utf8), options: [])
    }

    /// Whether a string is an RFC 3339 date-time (`2015-06-01T00:00:00Z`, `…T10:30:00.5+01:00`).
    static func isRFC3339(_ text: String) -> Bool {
        text.range(of: #"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$"#, options: .regularExpression) != nil
    }

    /// Whether a string is an absolute http(s) URL.
    static func isAbsolute(_ text: String) -> Bool {
        guard let url = URL(string: text), let scheme = url.scheme else { return false }
        return ["http", "https"].contains(scheme) && url.host != nil
    }
}

extension XMLNode {
    /// Child elements with a local name, whatever their namespace prefix.
    func children(named name: String) -> [XMLElement] {
        (children ?? []).compactMap { $0 as? XMLElement }.filter { ($0.localName ?? $0.name) == name }
    }

    /// An attribute's value. (`attribute(forName:)` finds nothing on Linux when the element is in a
    /// default namespace, as every sitemap and Atom element is.)
    func value(of attribute: String) -> String? {
        (self as? XMLElement)?.attributes?.first { $0.name == attribute }?.stringValue
    }

    /// The first child element with a local name.
    func child(_ name: String) -> XMLElement? {
        children(named: name).first
    }
}
