import Foundation

/// A build that starts from the last build's record (`LastBuild`) instead of from nothing, when
/// all that changed since is one page's body, or nothing: it reads that one page, renders its
/// body and its file, checks it, and puts its file and the search index in place in the output
/// folder, where a whole build would read, render and write every page again.
///
/// It goes ahead only when it can make exactly what a whole build would, and returns nil for
/// the whole build to run otherwise: every source file but the one has the stamp it was read
/// with, the output folder holds exactly the files the last build left, the page's front matter
/// and the line its body starts on are unchanged, nothing else reads its body (the feed, a link
/// to one of its headings that the edit removed), and its findings fail nothing. A failing page
/// is left to the whole build, which reports it the same way as ever.
///
/// Two files are replaced one after the other, each by renaming a new file over it, rather than
/// the whole folder in one step; a build killed between the two leaves a folder the next build
/// sees is not the one recorded, and builds whole.
struct QuickRebuild {
    let options: BuildOptions

    /// The build's report, or nil when the whole build must run.
    func run() -> BuildReport? {
        let started = SourceStamp.now()
        guard let output = options.output?.standardizedFileURL, let folder = options.cacheFolder,
              access(folder.appendingPathComponent(LastBuild.fileName).path, F_OK) == 0,
              let lock = try? OutputWriter(output: output).lock() else { return nil }
        defer { lock.release() }
        // The sources are looked over on another core while the record is read and the output folder looked over.
        let loader = SourceLoader(root: options.source, themeRoot: options.theme)
        let sourcesNow = Background { loader.scan() }
        defer { _ = sourcesNow.value }
        guard let (recorded, reader) = LastBuild.load(from: folder, options: options),
              var changes = LastBuildChanges.load(from: folder, for: recorded), changes.pages.count < LastBuildChanges.pageLimit,
              let listed = OutputScan.matches(folders: recorded.outputFolders, files: recorded.outputs, foldersRead: recorded.outputFoldersRead,
                                              replaced: changes.outputs, in: output.path)
        else { return nil }
        // A folder listed and found as recorded need not be listed again once its stamp is old enough.
        changes.outputs.merge(listed) { _, listed in listed }
        var last = recorded
        for (index, source) in changes.sources { (last.sources[index].stamp, last.sources[index].hash) = (source.stamp, source.hash) }
        for (page, redone) in changes.pages { last.searchLines[page] = redone.searchLine }
        guard let sources = sourcesNow.value, sources.count == last.sources.count else { return nil }
        var changed: [Int] = []
        for index in sources.indices {
            guard sources[index].path == last.sources[index].path, sources[index].kind == last.sources[index].kind else { return nil }
            if sources[index].stamp != last.sources[index].stamp {
                changed.append(index)
            } else if !last.trusts(sources[index].stamp, readStarted: changes.sources[index]?.readStarted) {
                // Changed too close to its reading to tell by its stamp: its bytes tell.
                guard let read = Self.read(sources[index], loader: loader) else { return nil }
                if StableHash.of(read.data) != last.sources[index].hash { changed.append(index) }
            }
        }
        guard changed.count <= 1 else { return nil }
        var report = BuildReport(diagnostics: [], pageCount: last.pageCount, sectionCount: last.sectionCount, files: [],
                                 wroteOutput: true, strict: options.strict)
        var redone = 0
        if let fileIndex = changed.first {
            guard redo(sources[fileIndex].path, fileIndex: fileIndex, last: last, reader: reader, changes: &changes,
                       loader: loader, output: output, started: started) != nil else { return nil }
            redone = 1
        }
        report.findings = Self.findings(last, changes: changes)
        if redone > 0 {
            do {
                try changes.save(in: folder)
            } catch {
                // The output is new, but its record is not: the next build must not start from it.
                unlink(folder.appendingPathComponent(LastBuild.fileName).path)
            }
        }
        report.cacheReuse = CacheReuse(bodies: last.pageCount, bodiesReused: last.pageCount - redone, pageFiles: last.pageFileCount,
                                       pageFilesReused: last.pageFileCount - redone, pageFilesReusedByBody: last.pageFileCount - redone)
        return report
    }

    /// The findings of the last build with each redone page's own in place of its file's.
    static func findings(_ last: LastBuild, changes: LastBuildChanges) -> BuildFindings {
        let order = changes.pages.keys.sorted {
            let (a, b) = (last.runs[$0].lowerBound, last.runs[$1].lowerBound)
            return a != b ? a < b : last.pageURLs[$0].contentPath < last.pageURLs[$1].contentPath
        }
        var parts: [BuildFindings.Part] = []
        var position = 0
        for page in order {
            parts.append(last.findings.part(position..<last.runs[page].lowerBound))
            parts.append(.made(changes.pages[page]!.findings))
            position = last.runs[page].upperBound
        }
        parts.append(last.findings.part(position..<last.findings.count))
        return BuildFindings(parts: parts)
    }

    /// Redoes the page file at `path` (`fileIndex` of the last build's sources) and puts its file
    /// and the search index in place; returns its page index, or nil (having changed nothing)
    /// when only a whole build can make what this edit needs.
    private func redo(_ path: String, fileIndex: Int, last: LastBuild, reader: CacheReader, changes: inout LastBuildChanges,
                      loader: SourceLoader, output: URL, started: Int) -> Int? {
        guard last.sources[fileIndex].kind == .page, path.hasPrefix("content/") else { return nil }
        let contentPath = String(path.dropFirst("content/".count))
        guard let pageIndex = last.pageURLs.firstIndex(where: { $0.contentPath == contentPath }),
              let record = try? last.record(pageIndex, in: reader), record.canRedoAlone, record.source == path,
              case .success(let read) = SourceLoader.readCountingLinks(loader.root.path + "/" + path, shownAs: path,
                                                                       limit: SourceLoader.maximumTextFileSize),
              read.links == 1, BuildMemory.breaksLinesAtLF(read.data) else { return nil }
        let file = SourceFile(path: path, kind: .page, data: read.data)
        let (parsedPage, parseFindings) = PageParser().parse(file)
        guard let parsed = parsedPage, parseFindings == record.parseFindings, parsed.bodyFirstLine == record.bodyFirstLine,
              SiteModelKey.frontMatterKey(of: read.data, bodyFirstLine: parsed.bodyFirstLine) == record.frontMatterKey,
              let settings = readSettings(last, loader: loader) else { return nil }

        // The body, as the markdown stage renders it, against the whole site's addresses.
        guard let dataFiles = readFiles(last, kind: .data, loader: loader) else { return nil }
        let data = DataFileLoader().load(dataFiles)
        let page = SiteAssembler(settings: settings).makePage(parsed, url: record.url, outputPath: record.outputPath)
        var site = Site(settings: settings, pages: [page], sections: [:], assets: [], data: data.tables)
        site.brokenData = data.broken
        let links = LinkResolver(pageURLs: Dictionary(last.pageURLs.map { ($0.contentPath, $0.url) }, uniquingKeysWith: { a, _ in a }),
                                 assetPaths: Set(last.assetPaths))
        let body = MarkdownStage(site: site, links: links).render(page)
        let (pageFindings, searchLine): ([Diagnostic]?, String?) = BodyDigest.read(page, body: body, checker: ContentChecker(today: options.today))

        // Its links, and other pages' links to its headings (as recorded, and as redone since), as
        // the check stage checks them.
        let headingIDs = body.headings.map { $0.id }
        let named = record.anchorsLinked + changes.anchorsNamed(onPage: contentPath, besides: pageIndex)
        guard named.allSatisfy({ headingIDs.contains($0) || headingIDs.contains($0.removingPercentEncodingSafely) }) else { return nil }
        let targets = Set(last.linkTargets)
        let linkFindings = SiteChecker().findings(forLinks: body.links, ofPage: contentPath, isOutputPath: targets.contains) { target in
            if target == contentPath { return headingIDs }
            guard let index = last.pageURLs.firstIndex(where: { $0.contentPath == target }) else { return nil }
            return changes.pages[index]?.headingIDs ?? (try? last.record(index, in: reader))?.headingIDs
        }
        // Its content checks' findings with its silences applied, as the check stage applies them.
        let checks = Silencing(silences: record.silences).applied(to: pageFindings ?? [], usedByRules: record.silencesUsedByRules)
        let own: [Diagnostic] = (record.fixedFindings + body.diagnostics + checks + linkFindings).uniqueSortedForDisplay()
        let findings = SiteBuilder.withSourceLines(own, from: SourceTree(files: [file]))
        let strict = options.strict
        guard !findings.contains(where: { $0.severity == Diagnostic.Severity.error || (strict && $0.severity == Diagnostic.Severity.warning) })
        else { return nil }

        // Its file, through the theme, with the context the render stage would give it.
        guard let templates = readFiles(last, kind: .template, loader: loader) else { return nil }
        let (theme, themeFindings) = ThemeLoader.load(templates)
        guard themeFindings.isEmpty, let html = render(page, body: body, record: record, last: last, reader: reader,
                                                       settings: settings, theme: theme) else { return nil }

        // The search index, with the page's new line.
        var written = [Replacement(path: record.outputPath) { descriptor in
            var html = html
            return html.withUTF8 { OutputWriter.writeAll($0, to: descriptor) }
        }]
        if let indexPath = last.searchIndexPath, searchLine != last.searchLines[pageIndex] {
            var lines = last.searchLines
            lines[pageIndex] = searchLine
            written.append(Replacement(path: indexPath) { lines.write(to: $0) })
        }
        guard let stamps = Self.replace(written, in: output.path) else { return nil }
        changes.outputs.merge(stamps) { _, new in new }
        changes.sources[fileIndex] = (read.stamp, started, StableHash.of(read.data))
        let anchorsNamed = body.links.compactMap { link -> (page: String, anchor: String)? in
            guard let target = SiteChecker.anchorTarget(of: link, inPage: contentPath), target != contentPath,
                  let anchor = link.fragment else { return nil }
            return (target, anchor)
        }
        changes.pages[pageIndex] = LastBuildChanges.Redone(headingIDs: headingIDs, anchorsNamed: anchorsNamed, searchLine: searchLine,
                                                           findings: findings)
        return pageIndex
    }

    /// The page's file as the render stage makes it.
    private func render(_ page: Page, body: RenderedMarkdown, record: PageRecord, last: LastBuild, reader: CacheReader,
                        settings: SiteSettings, theme: Theme) -> String? {
        guard let chain = try? record.chain.map({ try last.record($0, in: reader) }),
              let related = try? record.related.map({ try last.record($0, in: reader).summary }),
              let neighbours = try? record.neighbours.map({ neighbours in
                  (try neighbours.previous.map { try last.record($0, in: reader).summary },
                   try neighbours.next.map { try last.record($0, in: reader).summary })
              }) else { return nil }
        let parts = TemplateContext.PageContextParts(
            summary: record.summary, baseURL: settings.baseURL, siteDescription: settings.description, crumbs: chain.map(\.crumb),
            section: chain.last?.summary ?? [:], listed: [],
            pagination: Pagination(baseURL: page.url, pageSize: settings.pageSize, count: 0).value(1),
            district: page.meta.district.map { SiteLinks.district($0, pages: last.districts) }, districtPages: [],
            related: related, neighbours: neighbours, menus: last.menus, site: last.siteValue)
        let context = TemplateContext.context(for: page, body: body, parts: parts)
        return theme.render(context, template: PageRenderer(theme: theme).templateName(for: page)) ?? ""
    }

    /// A source file's bytes, as the build reads them.
    static func read(_ source: (path: String, kind: SourceFile.Kind, stamp: SourceStamp), loader: SourceLoader) -> SourceLoader.ReadFile? {
        let theme = source.kind == .template || source.kind == .themeStatic
        let onDisk = theme ? loader.themeRoot.path + "/" + source.path.dropFirst("theme/".count) : loader.root.path + "/" + source.path
        guard case .success(let read) = SourceLoader.readCountingLinks(onDisk, shownAs: source.path,
                                                                       limit: source.kind == .asset || theme ? nil : SourceLoader.maximumTextFileSize)
        else { return nil }
        return read
    }

    /// The site settings, as the build reads them; nil when they have findings (the whole build reports them).
    private func readSettings(_ last: LastBuild, loader: SourceLoader) -> SiteSettings? {
        guard let files = readFiles(last, kind: .settings, loader: loader) else { return nil }
        var findings: [Diagnostic] = []
        var settings = SiteBuilder.parseSettings(SourceTree(files: files), &findings)
        if let baseURL = options.baseURL { settings.setBaseURL(baseURL) }
        return findings.isEmpty ? settings : nil
    }

    /// The source files of one kind, read again (their stamps are the recorded ones); nil when one cannot be.
    private func readFiles(_ last: LastBuild, kind: SourceFile.Kind, loader: SourceLoader) -> [SourceFile]? {
        var files: [SourceFile] = []
        for source in last.sources where source.kind == kind {
            guard let read = Self.read((source.path, source.kind, source.stamp), loader: loader), read.stamp == source.stamp else { return nil }
            files.append(SourceFile(path: source.path, kind: kind, data: read.data))
        }
        return files
    }

    /// A file to put in place in the output folder: its path there, and what writes its bytes to
    /// an open file (saying whether it wrote them all).
    struct Replacement {
        var path: String
        var write: (Int32) -> Bool
    }

    /// Writes each file beside the one it replaces and renames it over it; the new stamps of the
    /// files and of their folders, by path, with when they were read (so close that the next
    /// build lists those folders rather than trust their stamps), or nil when one could not be
    /// written (those renamed already stay: the next build sees the output is not the one recorded).
    static func replace(_ files: [Replacement], in root: String) -> [String: (stamp: FileStamp, read: Int)]? {
        var made: [(temporary: String, stamp: FileStamp)] = []
        for file in files {
            let folder = OutputWriter.parent(of: file.path)
            let name = file.path.split(separator: "/").last.map(String.init) ?? file.path
            let temporary = (folder.isEmpty ? "" : folder + "/") + ".\(name).safersite-\(getpid())"
            guard case .success(let stamp) = OutputWriter.write(at: root + "/" + temporary, file.write) else {
                for item in made { unlink(root + "/" + item.temporary) }
                unlink(root + "/" + temporary)
                return nil
            }
            made.append((temporary, stamp))
        }
        for (file, item) in zip(files, made) {
            guard rename(root + "/" + item.temporary, root + "/" + file.path) == 0 else {
                for item in made { unlink(root + "/" + item.temporary) }
                return nil
            }
        }
        let read = SourceStamp.now()
        var stamps = Dictionary(zip(files.map(\.path), made.map { ($0.stamp, read) }), uniquingKeysWith: { _, new in new })
        guard let folders = OutputScan.folders(holding: files.map(\.path), in: root) else { return nil }
        for folder in folders { stamps[folder.path] = (folder.stamp, read) }
        return stamps
    }
}
