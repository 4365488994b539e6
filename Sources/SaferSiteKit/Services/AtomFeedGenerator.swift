import Foundation
import FrontMatter

/// Writes the site's Atom 1.0 feed (RFC 4287) at `/feed.xml`: the newest dated pages, so
/// residents and partners can follow updates in a feed reader.
///
/// An entry is an ordinary page (not a home or section page) with a `date`, newest first, at most
/// `limit` of them. Atom needs absolute identifiers and links, so without a configured `base_url`
/// no feed is written; it is also left out when no page of the site carries a date, since the
/// feed's `<updated>` would have nothing true to say (the build never uses the clock, so the
/// output stays reproducible).
package struct AtomFeedGenerator: ServiceGenerator {
    /// Where the feed is written, inside the output folder.
    package static let path = "feed.xml"

    /// The most entries the feed holds.
    package var limit: Int

    /// Creates the generator.
    package init(limit: Int = 20) {
        self.limit = limit
    }

    /// `feed.xml`, or nothing when the site has no base URL or no dates.
    package func files(for site: Site, bodies: [RenderedMarkdown]) -> [OutputFile] {
        guard let address = site.settings.address,
              let xml = xml(for: site, bodies: bodies, address: address) else { return [] }
        return [OutputFile(path: Self.path, contents: .text(xml))]
    }

    /// The indexes in `site.pages` of the feed's entries, newest first (ties by URL).
    package func entryIndexes(_ site: Site) -> [Int] {
        let dated = site.pages.indices.compactMap { index -> (date: FrontMatterDate, url: String, index: Int)? in
            let page = site.pages[index]
            guard page.kind == .page, page.isPublished, let date = page.meta.date else { return nil }
            return (date, page.url, index)
        }
        // Small keys, not whole pages, are compared.
        let newestFirst = dated.sorted { $0.date != $1.date ? $1.date < $0.date : $0.url < $1.url }
        return newestFirst.prefix(limit).map(\.index)
    }

    /// The feed's XML, or nil when no page has a date to give it an `<updated>` time.
    package func xml(for site: Site, bodies: [RenderedMarkdown], address: SiteAddress) -> String? {
        let entries = entryIndexes(site)
        let allDates = site.pages.filter(\.isPublished).flatMap { [$0.meta.date, $0.meta.lastReviewed].compactMap { $0 } }
        guard let updated = entries.map({ Self.updated(site.pages[$0]) }).max() ?? allDates.max() else { return nil }
        let settings = site.settings
        let home = address.absolute("/")
        var xml = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="\(XMLText.escape(settings.language))">
            <id>\(XMLText.escape(home))</id>
            <title>\(XMLText.escape(settings.title))</title>

            """
        if let description = settings.description, !description.isEmpty {
            xml += "<subtitle>\(XMLText.escape(description))</subtitle>\n"
        }
        xml += """
            <updated>\(updated.rfc3339)</updated>
            <link rel="self" type="application/atom+xml" href="\(XMLText.escape(address.absolute("/" + Self.path)))"/>
            <link rel="alternate" type="text/html" href="\(XMLText.escape(home))"/>
            <author><name>\(XMLText.escape(settings.title))</name><uri>\(XMLText.escape(home))</uri></author>
            <generator>SaferSite</generator>

            """
        for index in entries {
            xml += entry(site.pages[index], body: bodies.indices.contains(index) ? bodies[index] : nil, address: address)
        }
        return xml + "</feed>\n"
    }
}

// MARK: - Helpers

private extension AtomFeedGenerator {
    /// When an entry last changed in a way that matters: its review date when later than its date.
    static func updated(_ page: Page) -> FrontMatterDate {
        let date = page.meta.date!
        guard let reviewed = page.meta.lastReviewed, date < reviewed else { return date }
        return reviewed
    }

    func entry(_ page: Page, body: RenderedMarkdown?, address: SiteAddress) -> String {
        let url = XMLText.escape(address.absolute(page.url))
        var xml = """
            <entry>
            <id>\(url)</id>
            <title type="text">\(XMLText.escape(page.meta.title))</title>
            <published>\(page.meta.date!.rfc3339)</published>
            <updated>\(Self.updated(page).rfc3339)</updated>
            <link rel="alternate" type="text/html" href="\(url)"/>

            """
        for topic in page.meta.topics {
            xml += "<category term=\"\(XMLText.escape(topic))\"/>\n"
        }
        if let summary = page.meta.summary, !summary.isEmpty {
            xml += "<summary type=\"text\">\(XMLText.escape(summary))</summary>\n"
        }
        if let body {
            let html = Self.absoluteLinks(body.html, pageURL: page.url, address: address)
            xml += "<content type=\"html\">\(XMLText.escape(html))</content>\n"
        }
        return xml + "</entry>\n"
    }
}

extension AtomFeedGenerator {
    /// The body with its root-relative `href`, `src` and `srcset` addresses (published addresses)
    /// made absolute, since feed readers show it away from the site: `/about/` → `https://…/about/`,
    /// `#outcomes` → the page's URL + `#outcomes`, each picture width in a `srcset` likewise.
    /// Protocol-relative (`//host`) and absolute links are left alone.
    static func absoluteLinks(_ html: String, pageURL: String, address: SiteAddress) -> String {
        var result = ""
        result.reserveCapacity(html.utf8.count)
        var rest = Substring(html)
        while let match = rest.range(of: "=\"", options: []) {
            let attribute = rest[..<match.lowerBound]
            result += rest[..<match.upperBound]
            rest = rest[match.upperBound...]
            if attribute.hasSuffix(" srcset"), let end = rest.firstIndex(of: "\"") {
                // `/a-480.jpg 480w, /a-800.jpg 800w`: each candidate's address, before its width.
                result += rest[..<end].split(separator: ",", omittingEmptySubsequences: false).map { candidate in
                    // HTML's white space: a hand-written `srcset` may break its lines.
                    let url = candidate.drop { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\u{0C}" }
                    let rooted = url.hasPrefix("/") && !url.hasPrefix("//")
                    return candidate[..<url.startIndex] + (rooted ? address.origin : "") + url
                }.joined(separator: ",")
                rest = rest[end...]
                continue
            }
            guard attribute.hasSuffix(" href") || attribute.hasSuffix(" src") else { continue }
            if rest.hasPrefix("/") && !rest.hasPrefix("//") {
                // Already a published address (under the root path, when there is one).
                result += address.origin
            } else if rest.hasPrefix("#") {
                result += address.absolute(pageURL)
            }
        }
        return result + rest
    }
}
