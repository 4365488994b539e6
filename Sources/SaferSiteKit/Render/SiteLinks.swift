import Foundation

/// The ways pages lead to each other beyond their section: by district, by shared topics, and
/// to the previous and next page of the same section. Worked out once per build.
struct SiteLinks {
    let site: Site
    /// Each page's place in listing order (`ListingOrder.ranks`).
    private let rank: [Int]
    /// Page indexes by district name, in listing order.
    private let byDistrict: [String: [Int]]
    /// Page indexes by topic, in listing order.
    private let byTopic: [String: [Int]]
    /// Each section page's title and published address by its folder name (the first section in path order wins).
    let districtPages: [String: (String, String)]
    /// How many related pages a page shows at most.
    static let relatedLimit = 5
    /// How many pages of each topic, in listing order, are weighed as related pages. Keeps the
    /// work per page bounded on sites with thousands of pages per topic; smaller sites are exact.
    static let candidatesPerTopic = 64

    init(site: Site) {
        self.site = site
        var byDistrict: [String: [Int]] = [:]
        var byTopic: [String: [Int]] = [:]
        // By index rather than `for page in site.pages`, which copies every page.
        for index in site.pages.indices where !site.pages[index].isGenerated {
            let meta = site.pages[index].meta
            if let district = meta.district { byDistrict[district, default: []].append(index) }
            // Topics are matched as topic pages match them: by slug, each once per page.
            for topic in Set(meta.topics.map(HeadingIDs.slug)) { byTopic[topic, default: []].append(index) }
        }
        let rank = ListingOrder.ranks(of: site.pages)
        self.rank = rank
        self.byDistrict = byDistrict.mapValues { $0.sorted { rank[$0] < rank[$1] } }
        var districtPages: [String: (String, String)] = [:]
        for path in site.sections.keys.sorted() {
            guard let name = path.split(separator: "/").last.map(String.init), districtPages[name] == nil,
                  let section = site.sections[path] else { continue }
            districtPages[name] = (site.pages[section.pageIndex].meta.title, site.settings.root.address(site.pages[section.pageIndex].url))
        }
        self.districtPages = districtPages
        self.byTopic = byTopic.mapValues { $0.sorted { rank[$0] < rank[$1] } }
    }

    /// A district's name and page: the section whose folder is named after the district, if any;
    /// else the name `districts:` gives it in the settings.
    func district(_ slug: String) -> [String: Any] {
        Self.district(slug, pages: districtPages, listed: site.settings.districts ?? [])
    }

    /// `district(_:)`, given each district's name and page address by its slug, and the settings' list.
    static func district(_ slug: String, pages districtPages: [String: (String, String)], listed: [District]) -> [String: Any] {
        if let (name, url) = districtPages[slug] {
            return ["name": TemplateText(name), "url": TemplateText(url), "slug": TemplateText(slug)]
        }
        if let district = listed.first(where: { $0.id == slug }) {
            return ["name": TemplateText(district.name), "slug": TemplateText(slug)]
        }
        let name = slug.replacingOccurrences(of: "-", with: " ")
        return ["name": TemplateText(name.prefix(1).uppercased() + name.dropFirst()), "slug": TemplateText(slug)]
    }

    /// For a district's section page: the pages elsewhere on the site that carry that district.
    func pagesInDistrict(ofSection page: Page) -> [Int] {
        guard page.kind == .section, let folder = page.sectionPath.split(separator: "/").last.map(String.init),
              let pages = byDistrict[folder] else { return [] }
        return pages.filter {
            let other = site.pages[$0].sectionPath
            return other != page.sectionPath && !other.hasPrefix(page.sectionPath + "/")
        }
    }

    /// Pages sharing the most topics (two points each) and the district (one point), best first.
    func related(to index: Int) -> [Int] {
        let page = site.pages[index]
        guard !page.isGenerated, !page.meta.topics.isEmpty else { return [] }
        var scores: [Int: Int] = [:]
        for topic in Set(page.meta.topics.map(HeadingIDs.slug)) {
            for other in (byTopic[topic] ?? []).prefix(Self.candidatesPerTopic) where other != index { scores[other, default: 0] += 2 }
        }
        if let district = page.meta.district {
            for other in scores.keys where site.pages[other].meta.district == district { scores[other, default: 0] += 1 }
        }
        return scores.sorted { a, b in
            if a.value != b.value { return a.value > b.value }
            return rank[a.key] < rank[b.key]
        }.prefix(Self.relatedLimit).map(\.key)
    }

    /// The pages before and after a page in its section's listing; nil for section pages.
    func neighbours(of index: Int) -> (previous: Int?, next: Int?)? {
        let page = site.pages[index]
        guard page.kind == .page, page.listing == nil, let section = site.sections[page.sectionPath],
              let position = section.pageIndexes.firstIndex(of: index) else { return nil }
        let previous = position > 0 ? section.pageIndexes[position - 1] : nil
        let next = position + 1 < section.pageIndexes.count ? section.pageIndexes[position + 1] : nil
        return (previous, next)
    }
}
