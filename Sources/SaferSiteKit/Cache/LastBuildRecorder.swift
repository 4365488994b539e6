import Foundation

/// What a build learns of its page files as it parses them, for the last build's record.
struct PageFileFacts: Sendable {
    /// `SiteModelKey.frontMatterKey` of each page file, by its path.
    var frontMatterKeys: [String: CacheKey] = [:]
    /// Each page file's findings on parsing, by its path (files with none are left out).
    var parseFindings: [String: [Diagnostic]] = [:]
}

extension LastBuild {
    /// The record of a build that has just written its output, or nil when a quick rebuild could
    /// not start from it: the build had errors, some file was read through a link, the files were
    /// not read from disk, or the output's folders could not be looked at.
    ///
    /// `diagnostics` are the build's findings in display order; `outputs` every file written, by
    /// path; `folders` the stamps of the output's folders (`StagedOutput.folderStamps()`).
    init?(memory: BuildMemory, contexts: TemplateContext, facts: PageFileFacts, loadStarted: Int, diagnostics: [Diagnostic],
          outputs: [String: FileStamp], folders: (stamps: [(path: String, stamp: FileStamp)], read: Int)?, pageFileCount: Int,
          extraFiles: [OutputFile]) {
        let site = memory.site, tree = memory.tree, options = memory.options
        guard options.output != nil, let folders, !diagnostics.contains(where: { $0.severity == .error }),
              let stamps = tree.stamps, !tree.hasLinkedFiles, memory.linkFindings?.all.isEmpty ?? false else { return nil }
        optionsKey = Self.optionsKey(options)
        self.loadStarted = loadStarted
        let hashes = ParallelMap.map(tree.files.count, chunkSize: 64) { StableHash.of(tree.files[$0].data) }
        sources = tree.files.indices.map { (tree.files[$0].path, tree.files[$0].kind, stamps[$0], hashes[$0]) }
        self.outputs = outputs.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
        (outputFolders, outputFoldersRead) = folders
        pageCount = site.pages.count
        sectionCount = site.sections.count
        self.pageFileCount = pageFileCount
        pageURLs = site.pages.indices.map { (site.pages[$0].contentPath, site.pages[$0].url) }
        assetPaths = site.assets.filter { $0.kind == .asset }.map(\.relativePath)
        linkTargets = Set(site.pages.map(\.outputPath)).union(memory.linkFindings?.extraOutputPaths ?? []).sorted()
        feedPages = SiteAddress(baseURL: site.settings.baseURL) == nil ? [] : AtomFeedGenerator().entryIndexes(site)
        siteValue = contexts.siteValue
        menus = contexts.menus
        districts = contexts.links.districtPages
        findings = .made(diagnostics)
        runs = site.pages.map { Self.run(of: $0.source, in: diagnostics) }
        searchLines = SearchLines(memory.searchLines)
        let claimed = Set(site.pages.map(\.outputPath))
        searchIndexPath = extraFiles.contains { $0.path == SearchIndexGenerator.path } && !claimed.contains(SearchIndexGenerator.path)
            ? SearchIndexGenerator.path : nil
    }

    /// Where the findings in one file are in `diagnostics`, which are in display order (by file first).
    static func run(of file: String, in diagnostics: [Diagnostic]) -> Range<Int> {
        func firstIndex(where isAfter: (String) -> Bool) -> Int {
            var low = 0, high = diagnostics.count
            while low < high {
                let middle = (low + high) / 2
                if isAfter(diagnostics[middle].location.file) { high = middle } else { low = middle + 1 }
            }
            return low
        }
        return firstIndex { $0 >= file }..<firstIndex { $0 > file }
    }

    /// Every page's record, in `site.pages` order, made on every core.
    func records(memory: BuildMemory, contexts: TemplateContext, facts: PageFileFacts, diagnostics: [Diagnostic]) -> [PageRecord] {
        let site = memory.site
        var fixed: [String: [Diagnostic]] = [:]
        let siteWide = memory.siteWideFindings
        for finding in memory.diagnosticsBeforeMarkdown + memory.clashFindings + siteWide.keptRuleFindings + siteWide.silenceProblems {
            fixed[finding.location.file, default: []].append(finding)
        }
        var anchors: [String: [String]] = [:]
        for index in site.pages.indices {
            let contentPath = site.pages[index].contentPath
            for link in memory.bodies[index].links {
                if let target = SiteChecker.anchorTarget(of: link, inPage: contentPath), target != contentPath, let fragment = link.fragment {
                    anchors[target, default: []].append(fragment)
                }
            }
        }
        let feed = Set(feedPages)
        let pageFiles = Set(memory.tree.files.filter { $0.kind == .page }.map(\.path))
        var silences: [String: [(silence: Silence, usedByRules: Bool)]] = [:]
        for (silence, used) in zip(siteWide.silences, siteWide.usedByRules) { silences[silence.page, default: []].append((silence, used)) }
        return ParallelMap.map(site.pages.count) { index in
            let page = site.pages[index]
            let pageSilences = silences[page.source] ?? []
            let checks = Silencing(silences: pageSilences.map(\.silence)).applied(to: memory.pageFindings[index] ?? [],
                                                                                 usedByRules: pageSilences.map(\.usedByRules))
            let own = memory.bodies[index].diagnostics + checks
            let fixedFindings = fixed[page.source] ?? []
            // A silence written in the settings warns there when it comes to cover nothing: in another file.
            let canRedoAlone = page.kind == .page && !page.isGenerated && page.listing == nil && !feed.contains(index)
                && pageFiles.contains(page.source) && facts.frontMatterKeys[page.source] != nil
                && own.allSatisfy { $0.location.file == page.source }
                && pageSilences.allSatisfy { $0.silence.location.file == page.source }
                && Self.sameFindings((fixedFindings + own).uniqueSortedForDisplay(), Array(diagnostics[runs[index]]))
            return PageRecord(
                source: page.source, contentPath: page.contentPath, url: page.url, outputPath: page.outputPath, kind: page.kind,
                canRedoAlone: canRedoAlone, frontMatterKey: facts.frontMatterKeys[page.source] ?? CacheKey(high: 0, low: 0),
                bodyFirstLine: page.bodyFirstLine, parseFindings: facts.parseFindings[page.source] ?? [],
                fixedFindings: fixedFindings, headingIDs: memory.bodies[index].headings.map(\.id),
                anchorsLinked: anchors[page.contentPath] ?? [], silences: pageSilences.map(\.silence),
                silencesUsedByRules: pageSilences.map(\.usedByRules), summary: contexts.summaries[index], crumb: TemplateContext.crumb(page),
                chain: site.sectionChain(for: page).map(\.pageIndex), related: canRedoAlone ? contexts.links.related(to: index) : [],
                neighbours: contexts.links.neighbours(of: index))
        }
    }

    /// Whether two lists of findings are the same but for the source lines shown, which the
    /// build adds to the whole list at the end.
    static func sameFindings(_ some: [Diagnostic], _ others: [Diagnostic]) -> Bool {
        some.count == others.count && zip(some, others).allSatisfy { a, b in
            var a = a, b = b
            a.sourceLine = nil
            b.sourceLine = nil
            return a == b
        }
    }

    /// Writes the record of a build that has just written its output into the cache folder (the
    /// arguments are `init?`'s); removes any older one when this build cannot leave one, so a
    /// quick rebuild never starts from a site that is gone.
    static func record(memory: BuildMemory, contexts: TemplateContext, facts: PageFileFacts, loadStarted: Int, diagnostics: [Diagnostic],
                       outputs: [String: FileStamp], folders: (stamps: [(path: String, stamp: FileStamp)], read: Int)?,
                       pageFileCount: Int, extraFiles: [OutputFile], in folder: URL) {
        let last = LastBuild(memory: memory, contexts: contexts, facts: facts, loadStarted: loadStarted, diagnostics: diagnostics,
                             outputs: outputs, folders: folders, pageFileCount: pageFileCount, extraFiles: extraFiles)
        LastBuildChanges.remove(in: folder)
        guard let last else {
            try? FileManager.default.removeItem(at: folder.appendingPathComponent(fileName))
            return
        }
        let records = last.records(memory: memory, contexts: contexts, facts: facts, diagnostics: diagnostics)
        do {
            try CacheWriter.writeFile(named: fileName, in: folder) { writer in
                try last.writeHead(into: &writer)
                try writeRecords(records, into: &writer)
            }
        } catch {
            try? FileManager.default.removeItem(at: folder.appendingPathComponent(fileName))
        }
    }
}
