import DataTables
import Diagnostics
import Foundation

/// The assemble stage: turns parsed pages into a `Site` with addresses, sections and menus checked.
package struct SiteAssembler: Sendable {
    /// Site-wide settings.
    package var settings: SiteSettings

    /// Creates an assembler.
    package init(settings: SiteSettings) {
        self.settings = settings
    }

    /// Builds the site model. Pages whose address cannot be decided are reported and left out.
    package func assemble(_ parsed: [ParsedPage], assets: [SourceFile], data: [String: DataTable] = [:]) -> (Site, [Diagnostic]) {
        // Indexes are sorted, not the pages: a sorted copy of the pages retains all their strings.
        let order = parsed.indices.sorted { parsed[$0].contentPath < parsed[$1].contentPath }
        let addresses = ParallelMap.map(order.count) { address(of: parsed[order[$0]]) }
        var diagnostics: [Diagnostic] = []
        var placed: [(index: Int, url: String, outputPath: String)] = []
        placed.reserveCapacity(order.count)
        for (index, address) in zip(order, addresses) {
            switch address {
            case .success(let address): placed.append((index, address.url, address.outputPath))
            case .failure(let problem): diagnostics.append(problem.diagnostic)
            }
        }
        // Made on every core, each straight into its place in the array.
        var pages = ParallelMap.map(placed.count) { makePage(parsed[placed[$0].index], url: placed[$0].url, outputPath: placed[$0].outputPath) }
        pages += TopicPages.make(for: pages)
        addGeneratedSectionPages(to: &pages)
        pages.sort { $0.contentPath < $1.contentPath }
        // Output clashes are looked for on another core while the sections are made.
        let clashes = Background { [pages] in Self.outputClashes(pages) }
        let sections = buildSections(pages)
        diagnostics += clashes.value
        var site = Site(settings: settings, pages: pages, sections: sections, assets: assets, data: data)
        site.settings = settings
        return (site, diagnostics)
    }
}

// MARK: - Helpers

extension SiteAssembler {
    /// A parsed page given its address and section.
    func makePage(_ item: ParsedPage, url: String, outputPath: String) -> Page {
        let kind: Page.Kind = switch item.kind {
        case .home: .home
        case .sectionIndex: .section
        default: .page
        }
        var page = Page(source: item.source, contentPath: item.contentPath, kind: kind, sectionPath: Self.folder(of: item.contentPath),
                        url: url, outputPath: outputPath, meta: item.meta, body: item.body, bodyFirstLine: item.bodyFirstLine)
        page.sourceDocuments = item.meta.sources.compactMap(settings.source(id:))
        page.schedule = item.schedule
        page.frontMatterFailed = item.frontMatterFailed
        return page
    }
}

private extension SiteAssembler {
    /// Why a page was left out: its address could not be decided.
    struct AddressProblem: Error {
        let diagnostic: Diagnostic
    }

    /// Where a parsed page goes: its URL and output path.
    func address(of item: ParsedPage) -> Result<(url: String, outputPath: String), AddressProblem> {
        switch URLPlanner.plan(contentPath: item.contentPath, kind: item.kind, slug: item.meta.slug, url: item.meta.url) {
        case .success(let address):
            return .success(address)
        case .failure(let problem):
            let key = problem == .badSlug ? "slug" : "url"
            let entry = item.meta.entry(key)
            return .failure(AddressProblem(diagnostic: Diagnostic(.error,
                at: SourceLocation(file: item.source, line: entry?.value.line ?? 1, column: entry?.value.column ?? 1),
                problem == .badSlug ? ContentMessages.badSlug : ContentMessages.badURL,
                hint: problem == .badSlug ? ContentMessages.badSlugHint : ContentMessages.badURLHint, code: "url")))
        }
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

    /// Pages whose output paths are the same, or differ only in case (one file on a
    /// case-insensitive disk), as errors at the later page.
    static func outputClashes(_ pages: [Page]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        // The source of the first page at each output path, as it is and in lower case.
        var byPath: [String: String] = [:]
        var byFoldedPath: [String: String] = [:]
        byPath.reserveCapacity(pages.count)
        byFoldedPath.reserveCapacity(pages.count)
        // By index rather than `for page in pages`, which copies every page.
        for index in pages.indices {
            let (source, outputPath) = (pages[index].source, pages[index].outputPath)
            let folded = outputPath.lowercased()
            let message: String
            if let other = byPath.updateValue(source, forKey: outputPath) {
                byPath[outputPath] = other
                message = ContentMessages.duplicateURL(pages[index].url, other: other)
            } else if let other = byFoldedPath[folded] {
                message = ContentMessages.caseClash(pages[index].url, other: other)
            } else {
                byFoldedPath[folded] = source
                continue
            }
            let meta = pages[index].meta
            let line = meta.entry("url")?.line ?? meta.entry("slug")?.line ?? 1
            diagnostics.append(.error(message, at: SourceLocation(file: source, line: line, column: 1),
                                      hint: ContentMessages.duplicateURLHint, code: "duplicate-url"))
        }
        return diagnostics
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
