/// Makes a page for each topic that pages declare, at `/topics/<topic>/`, listing those pages
/// across every section. The topics index is the `topics` section's page (generated unless
/// `content/topics/_index.md` exists). Topic pages use the theme's `topics` template, by the
/// usual rule that a page's section names its template.
package enum TopicPages {
    /// The folder topic pages live in.
    package static let folder = "topics"

    /// One generated page per topic, listing the pages that declare it, in listing order.
    package static func make(for pages: [Page]) -> [Page] {
        var byTopic: [String: (name: String, pages: [Int])] = [:]
        // By index rather than `for page in pages`, which copies every page.
        for index in pages.indices where !pages[index].isGenerated {
            for topic in pages[index].meta.topics {
                let slug = HeadingIDs.slug(topic)
                byTopic[slug, default: (topic, [])].pages.append(index)
            }
        }
        guard !byTopic.isEmpty else { return [] }
        let rank = ListingOrder.ranks(of: pages)
        return byTopic.keys.sorted().map { slug in
            let entry = byTopic[slug]!
            let url = "/\(folder)/\(slug)/"
            var meta = PageMetadata(title: entry.name.prefix(1).uppercased() + entry.name.dropFirst())
            meta.summary = "Every page on this site about \(entry.name)."
            var page = Page(source: "content/\(folder)/\(slug).md", contentPath: "\(folder)/\(slug).md", kind: .page,
                            sectionPath: folder, url: url, outputPath: URLPlanner.outputPath(forURL: url), meta: meta,
                            body: "", bodyFirstLine: 1, isGenerated: true)
            page.listing = entry.pages.sorted { rank[$0] < rank[$1] }.map { pages[$0].contentPath }
            return page
        }
    }

    /// The URL of a topic's page.
    package static func url(for topic: String) -> String {
        "/\(folder)/\(HeadingIDs.slug(topic))/"
    }
}
