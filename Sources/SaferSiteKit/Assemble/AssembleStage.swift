/// The assemble stage: pages into sections, with their addresses, listings, menus and topics, and
/// the size of every image.
struct AssembleStage: Sendable {
    /// The site model of `parsed`, with `assets` (files copied as they are); clashing addresses
    /// and menus that lead nowhere are reported.
    func run(_ parsed: ParsedSite, assets: [SourceFile], reportingTo diagnostics: DiagnosticCollector) -> Site {
        var (site, found) = SiteAssembler(settings: parsed.settings).assemble(parsed.pages, assets: assets, data: parsed.data)
        site.brokenData = parsed.brokenData
        diagnostics.report(found)
        // Only the images' headers are read here, for their sizes; their files are made by the services stage.
        let (images, unreadable) = ImageCatalog.probe(assets)
        site.images = images
        diagnostics.report(unreadable)
        let (cards, problems) = images.shareImages(site)
        site.shareImages = cards
        diagnostics.report(problems)
        return site
    }
}
