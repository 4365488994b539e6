import Foundation

/// The assemble stage: turns parsed pages into a `Site` with addresses, sections and menus checked.
public struct SiteAssembler: Sendable {
    /// Site-wide settings.
    public var settings: SiteSettings

    /// Creates an assembler.
    public init(settings: SiteSettings) {
        self.settings = settings
    }

    /// Builds the site model. Pages whose address cannot be decided are reported and left out.
    public func assemble(_ parsed: [ParsedPage], assets: [SourceFile], data: [String: DataTable] = [:]) -> (Site, [Diagnostic]) {
        let sorted = parsed.sorted(by: { $0.contentPath < $1.contentPath })
        let made = ParallelMap.map(sorted.count) { makePage(sorted[$0]) }
        var diagnostics: [Diagnostic] = []
        var pages: [Page] = []
        pages.reserveCapacity(made.count)
        for result in made {
            switch result {
            case .success(let page): pages.append(page)
            case .failure(let problem): diagnostics.append(problem.diagnostic)
            }
        }
        pages += TopicPages.make(for: pages)
        addGeneratedSectionPages(to: &pages)
        pages.sort { $0.contentPath < $1.contentPath }
        checkOutputClashes(pages, &diagnostics)
        let sections = buildSections(pages)
        var site = Site(settings: settings, pages: pages, sections: sections, assets: assets, data: data)
        site.settings = settings
        checkMenus(site, &diagnostics)
        return (site, diagnostics)
    }
}

// MARK: - Helpers

private extension SiteAssembler {
    /// Why a page was left out: its address could not be decided.
    struct AddressProblem: Error {
        let diagnostic: Diagnostic
    }

    /// A parsed page given its address and section; pages are made on every core.
    func makePage(_ item: ParsedPage) -> Result<Page, AddressProblem> {
        let planned = URLPlanner.plan(contentPath: item.contentPath, kind: item.kind, slug: item.meta.slug, url: item.meta.url)
        let address: (url: String, outputPath: String)
        switch planned {
        case .success(let value):
            address = value
        case .failure(let problem):
            let key = problem == .badSlug ? "slug" : "url"
            let entry = item.meta.entry(key)
            return .failure(AddressProblem(diagnostic: Diagnostic(.error,
                at: SourceLocation(file: item.source, line: entry?.value.line ?? 1, column: entry?.value.column ?? 1),
                problem == .badSlug ? ContentMessages.badSlug : ContentMessages.badURL,
                hint: problem == .badSlug ? ContentMessages.badSlugHint : ContentMessages.badURLHint, code: "url")))
        }
        let folder = Self.folder(of: item.contentPath)
        let kind: Page.Kind = switch item.kind {
        case .home: .home
        case .sectionIndex: .section
        default: .page
        }
        return .success(Page(source: item.source, contentPath: item.contentPath, kind: kind, sectionPath: folder,
                             url: address.url, outputPath: address.outputPath, meta: item.meta, body: item.body,
                             bodyFirstLine: item.bodyFirstLine))
    }

    /// Every folder holding a page gets a section page, made up when it has no `_index.md`.
    func addGeneratedSectionPages(to pages: inout [Page]) {
        var folders: Set<String> = [""]
        // By index rather than `for page in pages`, which copies every page.
        for index in pages.indices {
            var folder = pages[index].sectionPath
            while !folder.isEmpty {
                folders.insert(folder)
                folder = Self.folder(of: folder)
            }
        }
        let existing = Set(pages.indices.filter { pages[$0].kind != .page }.map { pages[$0].sectionPath })
        for folder in folders.sorted() where !existing.contains(folder) {
            let isHome = folder.isEmpty
            let contentPath = isHome ? "index.md" : folder + "/_index.md"
            let url = URLPlanner.sectionURL(path: folder)
            let title = isHome ? settings.title : Self.title(fromFolder: folder)
            pages.append(Page(source: "content/" + contentPath, contentPath: contentPath,
                              kind: isHome ? .home : .section, sectionPath: folder, url: url,
                              outputPath: URLPlanner.outputPath(forURL: url),
                              meta: PageMetadata(title: title), body: "", bodyFirstLine: 1, isGenerated: true))
        }
    }

    func checkOutputClashes(_ pages: [Page], _ diagnostics: inout [Diagnostic]) {
        // The source of the first page at each output path.
        var byPath: [String: String] = [:]
        var byFoldedPath: [String: String] = [:]
        for index in pages.indices {
            let page = (source: pages[index].source, url: pages[index].url, outputPath: pages[index].outputPath)
            let line = pages[index].meta.entry("url")?.line ?? pages[index].meta.entry("slug")?.line ?? 1
            let location = SourceLocation(file: page.source, line: line, column: 1)
            if let other = byPath[page.outputPath] {
                diagnostics.append(.error(ContentMessages.duplicateURL(page.url, other: other), at: location,
                                          hint: ContentMessages.duplicateURLHint, code: "duplicate-url"))
            } else if let other = byFoldedPath[page.outputPath.lowercased()] {
                diagnostics.append(.error(ContentMessages.caseClash(page.url, other: other), at: location,
                                          hint: ContentMessages.duplicateURLHint, code: "duplicate-url"))
            }
            byPath[page.outputPath] = byPath[page.outputPath] ?? page.source
            byFoldedPath[page.outputPath.lowercased()] = byFoldedPath[page.outputPath.lowercased()] ?? page.source
        }
    }

    func buildSections(_ pages: [Page]) -> [String: Section] {
        var sections: [String: Section] = [:]
        for index in pages.indices where pages[index].kind != .page {
            sections[pages[index].sectionPath] = Section(path: pages[index].sectionPath, pageIndex: index)
        }
        for index in pages.indices where pages[index].kind == .page {
            sections[pages[index].sectionPath]?.pageIndexes.append(index)
        }
        for path in sections.keys.sorted() where !path.isEmpty {
            sections[Self.folder(of: path)]?.subsectionPaths.append(path)
        }
        let ownPage = sections.mapValues(\.pageIndex)
        let rank = ListingOrder.ranks(of: pages)
        for path in sections.keys {
            sections[path]?.pageIndexes.sort { rank[$0] < rank[$1] }
            sections[path]?.subsectionPaths.sort { rank[ownPage[$0]!] < rank[ownPage[$1]!] }
        }
        return sections
    }

    func checkMenus(_ site: Site, _ diagnostics: inout [Diagnostic]) {
        for name in site.settings.menus.keys.sorted() {
            for item in site.settings.menus[name] ?? [] {
                guard case .page(let path) = item.target, site.page(atContentPath: path) == nil else { continue }
                diagnostics.append(.error(ContentMessages.menuTargetMissing(path), at: item.location,
                                          hint: ContentMessages.menuTargetMissingHint, code: "menu"))
            }
        }
    }

    static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return String(path[..<slash])
    }

    static func title(fromFolder folder: String) -> String {
        let name = folder.split(separator: "/").last.map(String.init) ?? folder
        let words = name.replacingOccurrences(of: "-", with: " ").replacingOccurrences(of: "_", with: " ")
        return words.prefix(1).uppercased() + words.dropFirst()
    }
}
