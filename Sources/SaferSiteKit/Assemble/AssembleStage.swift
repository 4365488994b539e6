/// The assemble stage: pages into sections, with their addresses, listings, menus and topics.
struct AssembleStage: Sendable {
    /// The site model of `parsed`, with `assets` (files copied as they are); clashing addresses
    /// and menus that lead nowhere are reported.
    func run(_ parsed: ParsedSite, assets: [SourceFile], reportingTo diagnostics: DiagnosticCollector) -> Site {
        var (site, found) = SiteAssembler(settings: parsed.settings).assemble(parsed.pages, assets: assets, data: parsed.data)
        site.brokenData = parsed.brokenData
        diagnostics.report(found)
        return site
    }
}
