import Diagnostics

/// Pages the last build published that this one does not: a page renamed, moved or deleted
/// breaks every leaflet, bookmark and link elsewhere that names its address, unless the page that
/// replaces it lists the old address under `aliases:`.
struct MovedPageCheck: Sendable {
    /// The addresses the last build's sitemap listed (`PreviousAddresses`).
    let previous: Set<String>

    /// A warning for each old address nothing answers now: at the page it most likely moved to
    /// (the one whose address ends the same way), with the `aliases:` line to add; else at the
    /// output's sitemap.
    func check(_ site: Site) -> [Diagnostic] {
        guard !previous.isEmpty else { return [] }
        var answered = Set(site.pages.map(\.url))
        for page in site.pages { answered.formUnion(page.meta.aliases) }
        // A listing's numbered pages come and go as pages are added or a listing is turned off:
        // what they showed is still on the listing's first page, which is no reason to warn.
        let gone = previous.subtracting(answered).filter { !(Pagination.listingURL(ofNumberedPage: $0).map(answered.contains) ?? false) }
        return gone.sorted().map { old in
            let name = old.split(separator: "/").last.map(String.init) ?? ""
            let moved = site.pages.first { !$0.isGenerated && $0.url.split(separator: "/").last.map(String.init) == name }
            return Diagnostic(.warning, at: moved.map { $0.location(ofKey: "title") } ?? SourceLocation(file: SitemapGenerator.path),
                              CheckMessages.pageGone(old, movedTo: moved?.url), hint: CheckMessages.pageGoneHint(old), code: "moved-page")
        }
    }
}
