import Diagnostics

/// A section page that says `listing: false` lists its pages in its own text: a page added to the
/// section later and not linked from that text cannot be found from the section page.
struct UnlistedPageCheck: Sendable {
    /// A warning at the section page's `listing:` for each page in its section that its text does
    /// not link to. `bodies[i]` belongs to `site.pages[i]`.
    func check(_ site: Site, bodies: [RenderedMarkdown]) -> [Diagnostic] {
        site.sections.values.sorted { $0.path < $1.path }.flatMap { section -> [Diagnostic] in
            let sectionPage = site.pages[section.pageIndex]
            guard !sectionPage.meta.showsListing else { return [] }
            let linked = Set(bodies[section.pageIndex].links.compactMap(\.targetContentPath))
            return site.members(of: section).map { site.pages[$0] }.filter { !$0.isGenerated && !linked.contains($0.contentPath) }.map { page in
                let relative = section.path.isEmpty ? page.contentPath : String(page.contentPath.dropFirst(section.path.count + 1))
                return Diagnostic(.warning, at: sectionPage.location(ofKey: "listing"), CheckMessages.unlistedPage(page.source),
                                  hint: CheckMessages.unlistedPageHint(title: page.meta.title, link: relative), code: "unlisted-page")
            }
        }
    }
}
