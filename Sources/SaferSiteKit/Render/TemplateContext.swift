import Foundation
import FrontMatter
import TextSupport

/// Builds what a template sees for one page: `page`, `section`, `site` and `menus`.
///
/// Values are dictionaries, arrays, strings, numbers and booleans, so templates can use
/// `{{page.title}}`, `{{#page.toc}}...{{/page.toc}}` and `{{{page.content}}}` (the rendered body,
/// which is already HTML; everything else is escaped by `{{ }}`). docs/templates.md lists every value.
///
/// Text is mostly `TemplateText`, which swift-mustache renders with less work than a `String`,
/// and `page.params` is a `TemplateParams`, which makes the page's front matter into values one
/// key at a time.
///
/// It is `@unchecked Sendable`: its `Any` values are only ever strings, `TemplateText`,
/// `TemplateParams`, numbers, booleans and arrays and dictionaries of them (value types), made
/// once and never changed.
struct TemplateContext: @unchecked Sendable {
    let site: Site
    var bodies: [RenderedMarkdown]
    let links: SiteLinks
    let siteValue: [String: Any]
    /// Every page's `summaryValue`, made once: a page shows up in many others' listings and links.
    let summaries: [[String: Any]]
    /// The site's menus, with each item's address (`menuLinks`).
    let menus: [String: [MenuLink]]

    init(site: Site, bodies: [RenderedMarkdown]) {
        self.site = site
        self.bodies = bodies
        self.links = SiteLinks(site: site)
        self.siteValue = Self.siteValue(site)
        self.summaries = ParallelMap.map(site.pages.count) { Self.summaryValue(site.pages[$0], root: site.settings.root) }
        self.menus = Self.menuLinks(site)
    }


    /// The context for the page at an index of `site.pages`, showing `listed` (one numbered page
    /// of its listing) with `pagination` describing where that page sits.
    func context(forPage index: Int, listed: [Int], pagination: [String: Any]) -> [String: Any] {
        let page = site.pages[index]
        let chain = site.sectionChain(for: page)
        let crumbs = chain.map { section in Self.crumb(site.pages[section.pageIndex], root: site.settings.root) }
        let inDistrict = links.pagesInDistrict(ofSection: page)
        let neighbours = links.neighbours(of: index).map { ($0.previous.map(summaryValue), $0.next.map(summaryValue)) }
        let parts = PageContextParts(
            summary: summaryValue(index), address: site.settings.address, root: site.settings.root, siteDescription: site.settings.description, crumbs: crumbs,
            section: chain.last.map { summaryValue($0.pageIndex) } ?? [:], listed: listed.map(summaryValue), pagination: pagination,
            district: page.meta.district.map(links.district), districtPages: inDistrict.map(summaryValue),
            related: links.related(to: index).map(summaryValue), neighbours: neighbours, menus: menus, site: siteValue,
            shareImage: site.shareImages[index])
        return Self.context(for: page, body: bodies[index], parts: parts)
    }

    /// What a page's context takes from the rest of the site, each already a template value.
    struct PageContextParts {
        /// The page's own `summaryValue`.
        var summary: [String: Any]
        /// The site's address, for the canonical link and share card; nil without a base URL.
        var address: SiteAddress?
        /// Where on its host the site is published.
        var root: SiteRoot
        /// The site's description, which a page without a summary is described by.
        var siteDescription: String?
        /// A crumb (`crumb(_:)`) for each section from the top level down to the page's own.
        var crumbs: [[String: Any]]
        /// The summary of the page's own section's page; empty at the top level.
        var section: [String: Any]
        var listed: [[String: Any]]
        var pagination: [String: Any]
        var district: [String: Any]?
        var districtPages: [[String: Any]]
        var related: [[String: Any]]
        /// Previous and next in the section, when the page has a place in one.
        var neighbours: (previous: [String: Any]?, next: [String: Any]?)?
        /// The site's menus, by name, with each item's address.
        var menus: [String: [MenuLink]]
        var site: [String: Any]
        /// The page's share card, if it has one.
        var shareImage: ShareImage? = nil
    }

    /// A menu item with the (published) address it leads to.
    struct MenuLink: Sendable {
        var name: String
        var url: String
    }

    /// The context of `page`, whose body is `body`, given what it takes from the rest of the site.
    static func context(for page: Page, body: RenderedMarkdown, parts: PageContextParts) -> [String: Any] {
        var value = parts.summary
        // Room for every key below at once, rather than the table growing and rehashing twice.
        value.reserveCapacity(value.count + 32)
        value["content"] = TemplateText(body.html)
        value["kind"] = page.kind.rawValue
        value["is_home"] = page.kind == .home
        value["is_section"] = page.kind == .section
        value["layout"] = page.meta.layout ?? ""
        // A listing's further page has an address of its own, which its canonical link names.
        let address = (parts.pagination["url"] as? TemplateText).flatMap { parts.root.sitePath(ofAddress: $0.text) } ?? page.url
        value["permalink"] = TemplateText(parts.address?.absolute(address) ?? parts.root.address(address))
        value["has_canonical"] = parts.address != nil
        // Social networks fetch a share card from its absolute address, so without base_url there is none.
        if let card = parts.shareImage, let site = parts.address {
            let size = card.image.shareCardSize
            value["share_image"] = ["url": TemplateText(site.absolute("/" + card.image.shareCardPath)),
                                    "alt": TemplateText(card.alt), "width": size.width, "height": size.height]
        }
        value["description"] = TemplateText(page.meta.summary ?? parts.siteDescription ?? "")
        value["params"] = TemplateParams(entries: page.meta.entries)
        let toc = body.headings.filter { $0.level == 2 || $0.level == 3 }
        value["toc"] = page.meta.tableOfContents ? toc.map { ["id": TemplateText($0.id), "text": TemplateText($0.text), "level": $0.level, "is_sub": $0.level == 3] } : []
        value["has_toc"] = page.meta.tableOfContents && !toc.isEmpty
        var crumbs = parts.crumbs
        if page.kind != .page, !crumbs.isEmpty { crumbs.removeLast() }
        value["breadcrumbs"] = crumbs
        value["has_breadcrumbs"] = page.kind != .home && !crumbs.isEmpty
        value["pages"] = parts.listed
        value["has_pages"] = !parts.listed.isEmpty
        // Under a heading of their own, the listed pages' titles are a level below it.
        if let heading = page.meta.listingHeading { value["listing_heading"] = TemplateText(heading) }
        value["listing_title_level"] = page.meta.listingHeading == nil ? 2 : 3
        value["pagination"] = parts.pagination
        value["figures"] = page.meta.figures.map { ["display": TemplateText($0.text), "label": TemplateText($0.label)] }
        value["has_figures"] = !page.meta.figures.isEmpty
        value["websites"] = Self.websites(page.meta.entry("websites")?.value.value)
        value["has_websites"] = !(value["websites"] as? [Any] ?? []).isEmpty
        value["sources"] = page.sourceDocuments.map(Self.sourceValue)
        value["has_sources"] = !page.sourceDocuments.isEmpty
        if let period = page.meta.describes {
            value["describes"] = TemplateText(period)
            value["history"] = Self.historyValue(period: period, sources: page.sourceDocuments)
        }
        switch page.schedule {
        case .published: break
        case .scheduled(let day): value["schedule_notice"] = TemplateText("Preview: this page goes on the site on \(UKDate.long(day)).")
        case .expired(let day): value["schedule_notice"] = TemplateText("Preview: this page came off the site after \(UKDate.long(day)).")
        }
        if let district = parts.district { value["district_info"] = district }
        value["district_pages"] = parts.districtPages
        value["has_district_pages"] = !parts.districtPages.isEmpty
        value["related"] = parts.related
        value["has_related"] = !parts.related.isEmpty
        if let (previous, next) = parts.neighbours {
            if let previous { value["previous"] = previous }
            if let next { value["next"] = next }
            value["has_neighbours"] = previous != nil || next != nil
        }
        let menus = menuValues(parts.menus, pageURL: parts.root.address(page.url), root: parts.root)
        var siteValue = parts.site
        siteValue["menus"] = menus
        return ["page": value, "section": parts.section, "site": siteValue, "menus": menus]
    }

    /// A section's crumb in the breadcrumbs of the pages below it: its page's title and address
    /// (the home page named as people expect rather than by its long title).
    static func crumb(_ owner: Page, root: SiteRoot) -> [String: Any] {
        ["title": TemplateText(owner.kind == .home ? "Home" : owner.meta.title), "url": TemplateText(root.address(owner.url))]
    }

    /// The site's menus, with each item's address.
    static func menuLinks(_ site: Site) -> [String: [MenuLink]] {
        site.settings.menus.mapValues { items in
            items.map { MenuLink(name: $0.name, url: url(of: $0, in: site)) }
        }
    }

    /// Where a menu item or entry point leads: its page's address, or its URL as written (one
    /// starting with `/` read from the site's root, `SiteRoot.addressWritten`).
    static func url(of item: MenuItem, in site: Site) -> String {
        switch item.target {
        case .page(let path): site.page(atContentPath: path).map { site.settings.root.address($0.url) } ?? ""
        case .url(let address): site.settings.root.addressWritten(address).address
        }
    }
}

// MARK: - Helpers

extension TemplateContext {
    /// What listings and links need of a page.
    func summaryValue(_ index: Int) -> [String: Any] {
        summaries[index]
    }

    static func summaryValue(_ page: Page, root: SiteRoot) -> [String: Any] {
        var value: [String: Any] = [
            "title": TemplateText(page.meta.title),
            "url": TemplateText(root.address(page.url)),
            "summary": TemplateText(page.meta.summary ?? ""),
            "has_summary": page.meta.summary != nil,
        ]
        for (key, date) in [("date", page.meta.date), ("last_reviewed", page.meta.lastReviewed), ("review_by", page.meta.reviewBy)] {
            if let date { value[key] = Self.dateValue(date) }
        }
        if let district = page.meta.district { value["district"] = TemplateText(district) }
        value["topics"] = page.meta.topics.map { ["name": TemplateText($0), "url": TemplateText(root.address(TopicPages.url(for: $0)))] }
        value["has_topics"] = !page.meta.topics.isEmpty
        return value
    }

    /// The menus as templates see them, for the page at `pageURL` (its published address).
    static func menuValues(_ links: [String: [MenuLink]], pageURL: String, root: SiteRoot) -> [String: Any] {
        var menus: [String: Any] = [:]
        for (name, items) in links {
            menus["has_\(name)"] = !items.isEmpty
            menus[name] = items.map { item -> [String: Any] in
                let isCurrent = item.url == pageURL
                let isAncestor = !isCurrent && item.url != root.path && item.url.hasSuffix("/") && pageURL.hasPrefix(item.url)
                return ["name": TemplateText(item.name), "url": TemplateText(item.url), "is_current": isCurrent, "is_ancestor": isAncestor]
            }
        }
        return menus
    }

    static func websites(_ value: FrontMatterValue?) -> [[String: Any]] {
        guard case .sequence(let items)? = value else { return [] }
        return items.compactMap { item in
            guard let name = item.value["name"]?.value.stringValue, let url = item.value["url"]?.value.stringValue else { return nil }
            return ["name": TemplateText(name), "url": TemplateText(url)]
        }
    }

    static func siteValue(_ site: Site) -> [String: Any] {
        let dated = ListingOrder.newestFirst(site.pages.indices.filter { site.pages[$0].meta.date != nil && site.pages[$0].kind == .page },
                                             of: site.pages)
        let recent = dated.prefix(5).map { index -> [String: Any] in
            let page = site.pages[index]
            var value: [String: Any] = ["title": TemplateText(page.meta.title), "url": TemplateText(site.settings.root.address(page.url)),
                                        "summary": TemplateText(page.meta.summary ?? ""),
                                        "has_summary": page.meta.summary != nil]
            if let date = page.meta.date { value["date"] = dateValue(date) }
            return value
        }
        let entryPoints = site.settings.entryPoints.map { entry -> [String: Any] in
            ["name": TemplateText(entry.link.name), "url": TemplateText(url(of: entry.link, in: site)),
             "summary": TemplateText(entry.summary ?? ""), "has_summary": entry.summary != nil]
        }
        return [
            "recent": Array(recent),
            "has_recent": !recent.isEmpty,
            "entry_points": entryPoints,
            "has_entry_points": !entryPoints.isEmpty,
            "title": TemplateText(site.settings.title),
            "description": TemplateText(site.settings.description ?? ""),
            "base_url": TemplateText(site.settings.baseURL),
            // For joining to a published address, which starts with `/` and the root path: the
            // scheme and host alone.
            "base_address": TemplateText(site.settings.address?.origin ?? ""),
            // What every address of the site starts with: `/`, or `/community-safety/`.
            "root_path": TemplateText(site.settings.root.path),
            "language": TemplateText(site.settings.language),
            "params": mappingValue(site.settings.entries),
            // Whether `/topics/` exists: some page names a topic, or content/topics/_index.md is there.
            "has_topics": site.sections[TopicPages.folder] != nil,
            "contact": contactValue(site.settings.contact),
            "has_contact": site.settings.contact != nil,
        ].merging(brandingValue(site)) { first, _ in first }
    }

    /// The logo, favicon and brand colours, for the header and the page head: `logo` (`url`,
    /// `alt`) and `favicon` (`url`, `type`) when the settings name a file that is there, and
    /// `colour_css`, the CSS variables `colours:` sets, written as one `:root` rule.
    static func brandingValue(_ site: Site) -> [String: Any] {
        var value: [String: Any] = [:]
        let address = { (file: BrandingFile) in BrandingCheck.asset(file, in: site).map { site.settings.root.address("/" + $0.outputPath) } }
        if let logo = site.settings.logo, let url = address(logo.file) {
            value["logo"] = ["url": TemplateText(url), "alt": TemplateText(logo.alt)]
        }
        if let favicon = site.settings.favicon, let url = address(favicon) {
            value["favicon"] = ["url": TemplateText(url), "type": TemplateText(MediaType.essence(ofPath: url) ?? "")]
        }
        if !site.settings.colours.isEmpty {
            // Each value is a colour `RGBColour` read, so nothing but `#` and hex digits reaches the CSS.
            // Each key, too, is letters, digits and `_` only, whatever the check says of it.
            let safe = site.settings.colours.filter { $0.key.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") } }
            let declarations = safe.map { "\($0.cssVariable): \($0.colour.hex);" }
            value["colour_css"] = TemplateText(":root { " + declarations.joined(separator: " ") + " }")
        }
        return value
    }

    /// `site.contact`: each detail with its `has_` flag, and links for the email and phone.
    static func contactValue(_ contact: SiteContact?) -> [String: Any] {
        guard let contact else { return [:] }
        return [
            "email": TemplateText(contact.email ?? ""), "has_email": contact.email != nil,
            "email_url": TemplateText(contact.email.map { "mailto:" + $0 } ?? ""),
            "phone": TemplateText(contact.phone ?? ""), "has_phone": contact.phone != nil,
            "phone_url": TemplateText(contact.phoneLink ?? ""),
            "address": TemplateText(contact.address ?? ""), "has_address": contact.address != nil,
        ]
    }

    static func dateValue(_ date: FrontMatterDate) -> [String: Any] {
        ["iso": TemplateText(UKDate.machine(date)), "display": TemplateText(UKDate.long(date)), "year": date.year]
    }

    /// A source document for the "Sources" list: title, publisher, date and address.
    static func sourceValue(_ document: SourceDocument) -> [String: Any] {
        var value: [String: Any] = ["title": TemplateText(document.title), "publisher": TemplateText(document.publisher),
                                    "url": TemplateText(document.url ?? ""), "has_url": document.url != nil]
        if let date = document.date { value["date"] = dateValue(date) }
        return value
    }

    /// The history banner's parts: the period, and the sources it comes from in words ("the
    /// Business Plan 2015-16 (published in June 2015) and the ...", empty when none is named).
    static func historyValue(period: String, sources: [SourceDocument]) -> [String: Any] {
        let named = sources.map { source in
            "the \(source.title)" + (source.date.map { " (published \($0.isMonthOnly ? "in" : "on") \(UKDate.long($0)))" } ?? "")
        }
        let from = named.count <= 1 ? named.joined() : named.dropLast().joined(separator: ", ") + " and " + named[named.count - 1]
        return ["period": TemplateText(period), "from": TemplateText(from), "has_from": !named.isEmpty]
    }

    static func mappingValue(_ entries: [FrontMatterEntry]) -> [String: Any] {
        var result: [String: Any] = [:]
        for entry in entries { result[entry.key] = value(entry.value.value) }
        return result
    }

    static func value(_ value: FrontMatterValue) -> Any {
        switch value {
        case .null: return false
        case .bool(let flag): return flag
        case .int(let number): return number
        case .float(_, let literal): return literal
        case .string(let text): return text
        case .date(let date): return dateValue(date)
        case .sequence(let items): return items.map { Self.value($0.value) }
        case .mapping(let entries): return mappingValue(entries)
        }
    }
}
