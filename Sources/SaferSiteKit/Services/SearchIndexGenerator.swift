/// Writes `/search-index.json`, which the search page's script (`/js/search.js`) fetches and
/// searches in the browser, so search works on plain static hosting.
///
/// The file is `{"version":1,"pages":[…]}`, one `SearchIndexEntry` per published page (not
/// drafts, not the 404 page, not the search page itself), in page order. Every string is escaped
/// so the file is inert (see `JSONText`). Body text is cut to `textLimit` characters: titles,
/// headings, topics and summaries carry most of what people search for, and the cut keeps the
/// download small for residents on phones and slow links.
public struct SearchIndexGenerator: ServiceGenerator {
    /// Where the index is written, inside the output folder.
    public static let path = "search-index.json"

    /// The most characters of body text kept per page.
    public var textLimit: Int

    /// Creates the generator.
    public init(textLimit: Int = 600) {
        self.textLimit = textLimit
    }

    /// `search-index.json`.
    public func files(for site: Site, bodies: [RenderedMarkdown]) -> [OutputFile] {
        [OutputFile(path: Self.path, contents: .text(json(for: entries(for: site, bodies: bodies))))]
    }

    /// One entry per searchable page, in page order. `bodies[i]` belongs to `site.pages[i]`.
    public func entries(for site: Site, bodies: [RenderedMarkdown]) -> [SearchIndexEntry] {
        site.pages.indices.compactMap { index in
            let page = site.pages[index]
            guard page.isPublished, !page.isSearchPage else { return nil }
            let body = bodies.indices.contains(index) ? bodies[index] : RenderedMarkdown(html: "")
            return SearchIndexEntry(
                url: page.url,
                title: page.meta.title,
                summary: page.meta.summary,
                headings: body.headings.filter { $0.level == 2 || $0.level == 3 }.map { Self.collapsed($0.text) },
                topics: page.meta.topics,
                district: page.meta.district,
                text: Self.excerpt(body.plainText, limit: textLimit))
        }
    }

    /// The index file's text: compact, one page per line so a diff of two builds reads well.
    public func json(for entries: [SearchIndexEntry]) -> String {
        "{\"version\":1,\"pages\":[\n" + entries.map(\.json).joined(separator: ",\n") + "\n]}\n"
    }

    /// Text with runs of white space made one space, cut to at most `limit` characters at the
    /// last word boundary before it.
    public static func excerpt(_ text: String, limit: Int) -> String {
        let words = collapsed(text)
        guard words.count > limit else { return words }
        let cut = words.prefix(limit)
        guard let space = cut.lastIndex(of: " ") else { return String(cut) }
        return String(cut[..<space])
    }
}

// MARK: - Helpers

private extension SearchIndexGenerator {
    static func collapsed(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
