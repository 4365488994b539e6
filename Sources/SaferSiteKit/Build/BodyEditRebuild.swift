import Foundation

extension BuildMemory {
    /// The build after one page file was edited, redoing only that page — when the edit changed
    /// nothing but the page's body. Returns nil when the edit needs a whole build: the front
    /// matter or the line the body starts on changed, the file is not an ordinary page of the
    /// site, its findings on reading changed, it has a line break that is a CR alone (old Mac
    /// files: the comparison below counts lines at LF; CRLF, as Windows editors save, is
    /// fine), or some content file was read through a link.
    ///
    /// A body is read by its own page's file, its search entry, its own content checks, the
    /// checks of links into it (heading ids) and the Atom feed; listings, related pages and
    /// menus read only front matter. So everything else of the last build stands, and the
    /// result is what a whole build of the same files makes, byte for byte (tested).
    func rebuild(afterEditTo path: String, data: Data) -> BuildReport? {
        guard options.output == nil, options.keepsFiles, options.cacheFolder == nil, let contexts,
              // One file on disk behind two paths would leave the other path's page stale.
              !tree.hasLinkedFiles,
              data.count <= SourceLoader.maximumTextFileSize,
              let fileIndex = tree.files.firstIndex(where: { $0.path == path }), tree.files[fileIndex].kind == .page,
              let pageIndex = site.pages.firstIndex(where: { $0.source == path && !$0.isGenerated }),
              site.pages[pageIndex].kind == .page else { return nil }
        let old = tree.files[fileIndex]
        guard Self.breaksLinesAtLF(old.data), Self.breaksLinesAtLF(data) else { return nil }
        var file = old
        file.data = data
        let parser = PageParser()
        let (reparsed, findings) = parser.parse(file)
        // The old file's findings, as the last build made them: parsing is the same every time.
        guard let parsed = reparsed, findings == parser.parse(old).1,
              parsed.bodyFirstLine == site.pages[pageIndex].bodyFirstLine,
              data.lines(before: parsed.bodyFirstLine) == old.data.lines(before: parsed.bodyFirstLine)
        else { return nil }

        var next = self
        next.tree.files[fileIndex] = file
        var page = site.pages[pageIndex]
        page.body = parsed.body
        let body = MarkdownStage(site: site, links: links).render(page)
        (next.pageFindings[pageIndex], next.searchLines[pageIndex]) = BodyDigest.read(page, body: body, checker: ContentChecker(today: options.today))
        next.bodies[pageIndex] = body.withoutText
        next.linkFindings?.bodyChanged(ofPage: pageIndex, site: next.site, bodies: next.bodies)

        let (sorted, extraFiles) = next.check()
        var report = BuildReport(diagnostics: sorted, pageCount: site.pages.count, sectionCount: site.sections.count,
                                 files: [], wroteOutput: false, strict: options.strict)
        report.redidOnePage = true
        guard !report.failed else { return report }
        let nextContexts = contexts.replacingBodies(next.bodies)
        let pageFiles = renderer.renderPage(pageIndex, site: next.site, contexts: nextContexts)
        // The site has the same pages and services as before, so every file made has its place.
        guard next.replace(extraFiles + pageFiles, contexts: nextContexts) else { return nil }
        report.files = next.files
        report.memory = next
        return report
    }

    /// Whether every CR in the bytes is the start of a CRLF, so that each line ends at an LF.
    static func breaksLinesAtLF(_ data: Data) -> Bool {
        data.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            var from = 0
            while let carriageReturn = bytes.firstOffset(of: UInt8(ascii: "\r"), from: from) {
                guard carriageReturn + 1 < bytes.count, bytes[carriageReturn + 1] == UInt8(ascii: "\n") else { return false }
                from = carriageReturn + 2
            }
            return true
        }
    }
}
