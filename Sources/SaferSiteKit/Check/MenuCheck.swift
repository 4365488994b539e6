import Diagnostics

/// Menu items and home-page entry points that name a page the site does not have.
struct MenuCheck: Sendable {
    /// One error at each such item, naming the page it most likely means, as the item should.
    func check(_ site: Site) -> [Diagnostic] {
        let menus = site.settings.menus.keys.sorted().map { site.settings.menus[$0] ?? [] }
        var links: LinkResolver?
        return (menus + [site.settings.entryPoints.map(\.link)]).joined().compactMap { item in
            guard case .page(let path) = item.target, site.page(atContentPath: path) == nil else { return nil }
            links = links ?? MarkdownStage.links(site)
            let nearest = links?.nearestPage(to: path)
            return .error(ContentMessages.menuTargetMissing(path), at: item.location,
                          hint: nearest.map(ContentMessages.menuTargetHint) ?? ContentMessages.menuTargetMissingHint, code: "menu")
        }
    }
}
