import Diagnostics

/// A build given a `BuildMemo`: what the driver reuses of the last build, and when.
///
/// 1. Load: a file whose stamp (`FileStamp`) is the same as when the last build read it is not
///    read again.
/// 2. When the only files whose bytes changed are pages, and each still has the same front
///    matter (so the same address, place, title, dates, menus, topics...), every stage result
///    that reads front matter, settings, data, templates and the site's shape alone is the same
///    as last time. Then only those pages go through the stages again: their parse, Markdown,
///    search-index line, own checks (figures quoted, pictures, guidance text left in) and
///    template; links to their headings are checked again when their headings changed; the two
///    checks that read every body at once (`UnlistedPageCheck`: which pages a `listing: false`
///    section page links to; `ImageWeightCheck`: the first page showing an image) run again;
///    the feed, sitemap and search index are joined again; and the findings are sorted again
///    only for the files whose findings or text changed. The images' files come from the
///    assets and front matter alone, so a picture added to or taken out of a body leaves them.
/// 3. Anything else (a title, a new or deleted page or image, a template, an archetype, a data
///    file, the settings, the options) builds everything from the files, as without a memo,
///    and remembers that build.
///
/// Every stage function is the one a build without a memo calls; none of them sees the memo.
extension SiteBuilder {
    /// Builds into memory, reusing `last` where its inputs are unchanged, and leaves the memo of
    /// this build in `last` (nil when a build from the files failed before rendering).
    func build(remembering last: inout MemoState?, progress: (BuildStage) -> Void) throws -> BuildReport {
        progress(.load)
        let loaded = try load(reusing: last)
        if let state = last, let (report, next) = rebuild(state, loaded, progress: progress) {
            last = next
            return report
        }
        // Let go before building afresh, so the two are never held at once.
        last = nil
        let diagnostics = DiagnosticCollector()
        diagnostics.report(loaded.findings)
        let (report, made) = try build(loaded.tree, reportingTo: diagnostics, progress: progress, remembering: loaded.stamps)
        last = made
        return report
    }
}

// MARK: - Helpers

private extension SiteBuilder {
    /// The files of a build given a memo.
    struct LoadedFiles {
        var tree: SourceTree
        /// Each file's stamp, taken before it was read.
        var stamps: [String: FileStamp]
        /// What the load stage found.
        var findings: [Diagnostic]
        /// The paths of the files read again (the rest are the last build's).
        var reread: Set<String>
    }

    /// The load stage, reading again only the files whose stamps changed since `last` read them.
    func load(reusing last: MemoState?) throws -> LoadedFiles {
        let loader = LoadStage(options: options).loader
        let (listed, listFindings) = try loader.list()
        // A bundled theme file is inside the executable, which does not change while it runs.
        let stamps = ParallelMap.map(listed.count) { listed[$0].bundled == nil ? FileStamp(path: listed[$0].path) : nil }
        var kept: [SourceFile] = [], unread: [SourceLoader.ListedFile] = []
        var stampsByPath: [String: FileStamp] = [:]
        stampsByPath.reserveCapacity(listed.count)
        for (file, stamp) in zip(listed, stamps) {
            if let stamp { stampsByPath[file.display] = stamp }
            let unchanged = file.bundled != nil || stamp.map { last?.stamps[file.display] == $0 } ?? false
            if let last, unchanged, let same = last.tree.file(at: file.display), same.kind == file.kind {
                kept.append(same)
            } else {
                unread.append(file)
            }
        }
        let (read, readFindings) = loader.read(unread)
        return LoadedFiles(tree: SourceTree(files: kept + read), stamps: stampsByPath, findings: listFindings + readFindings,
                           reread: Set(read.map(\.path)))
    }

    /// The build after a change to page bodies alone, from the last build's results; nil when
    /// anything else changed.
    func rebuild(_ last: MemoState, _ loaded: LoadedFiles, progress: (BuildStage) -> Void) -> (BuildReport, MemoState)? {
        let tree = loaded.tree
        guard last.options == MemoOptions(options), tree.files.count == last.tree.files.count else { return nil }
        var edited: [SourceFile] = []
        for (new, old) in zip(tree.files, last.tree.files) {
            guard new.path == old.path, new.kind == old.kind else { return nil }
            if loaded.reread.contains(new.path), new.data != old.data { edited.append(new) }
        }
        guard edited.allSatisfy({ [.home, .sectionIndex, .page].contains($0.kind) }) else { return nil }

        progress(.parse)
        let parse = ParseStage(options: options)
        var edits: [(index: Int, body: String, findings: [Diagnostic])] = []
        for file in edited {
            let (parsed, found) = parse.page(file)
            guard let parsed, !parsed.frontMatterFailed, let index = last.site.pageIndexByContentPath[parsed.contentPath] else { return nil }
            let old = last.site.pages[index]
            guard old.source == parsed.source, !old.isGenerated, !old.frontMatterFailed, old.meta == parsed.meta,
                  old.bodyFirstLine == parsed.bodyFirstLine, old.schedule == parsed.schedule else { return nil }
            edits.append((index, parsed.body, found))
        }
        let changed = Set(edited.map(\.path))
        // A page's parse findings are all in its own file.
        let parseFindings = last.parseFindings.filter { !changed.contains($0.location.file) } + edits.flatMap(\.findings)

        progress(.assemble)
        let site = last.site
        progress(.markdown)
        var bodies = last.bodies
        let markdown = MarkdownStage(site: site, links: last.links)
        for edit in edits {
            var page = site.pages[edit.index]
            page.body = edit.body
            bodies[edit.index] = markdown.render(page)
        }

        progress(.services)
        var searchLines = last.searchLines
        for edit in edits {
            searchLines[edit.index] = SearchIndexGenerator().line(for: site.pages[edit.index], body: bodies[edit.index], root: site.settings.root)
        }
        var extraFiles = last.extraFiles
        extraFiles.services = SiteServices().files(for: site, bodies: bodies, searchLines: searchLines)
        guard extraFiles.services.map(\.path) == last.extraFiles.services.map(\.path) else { return nil }

        progress(.check)
        var checks = last.checks
        let content = ContentChecker(today: options.today), rules = content.pageRules(tree)
        // Which pages a `listing: false` section page links to, and where an image is first
        // shown, are read from every body: checked again each time (a pass over the links).
        checks.unlisted = UnlistedPageCheck().check(site, bodies: bodies)
        checks.imageWeights = ImageWeightCheck().check(site, bodies: bodies, weights: extraFiles.imageWeights)
        var relinked = Set(edits.map(\.index))
        for edit in edits {
            checks.pages[edit.index] = content.pageFindings(forPage: edit.index, of: site, body: bodies[edit.index], sources: tree, rules: rules)
            let path = site.pages[edit.index].contentPath, ids = bodies[edit.index].headings.map(\.id)
            if ids != last.bodies[edit.index].headings.map(\.id) {
                // Links to this page's headings may find them now, or no longer.
                checks.linkTargets.idsByPage[path] = ids
                relinked.formUnion(bodies.indices.filter { index in
                    bodies[index].links.contains { SiteChecker.anchorTarget(of: $0, inPage: site.pages[index].contentPath) == path }
                })
            }
        }
        for index in relinked {
            checks.links[index] = SiteChecker().findings(forPage: index, of: site, body: bodies[index], in: checks.linkTargets)
        }
        // Every finding in the order a build from the files reports them (each file's order is
        // what counts), and shown as such a build shows them.
        let reported = loaded.findings + parseFindings + last.assembleFindings + bodies.flatMap(\.diagnostics) + last.servicesFindings + checks.all
        let findings = FindingsByFile(reported, sources: tree, previous: last.findings, changedFiles: changed)
        var report = BuildReport(diagnostics: findings.all, pageCount: site.pages.count, sectionCount: site.sections.count,
                                 strict: options.strict)
        report.rootPath = site.settings.root.path
        report.pageAddresses = last.pageAddresses

        progress(.render)
        var render = last.render
        for edit in edits {
            bodies[edit.index] = bodies[edit.index].withoutText
            render = render.replacingBody(ofPage: edit.index, with: bodies[edit.index])
        }
        // The services' files first, then the pages': no file of one is at the other's path, or
        // the last build would have failed its check (and this one fails it too).
        var files = last.files
        for file in extraFiles.services + edits.flatMap({ render.run(page: $0.index) }) {
            guard let at = Self.index(of: file.path, in: files) else { return nil }
            files[at] = file
        }
        if !report.failed { report.files = files }
        let next = MemoState(options: options, stamps: loaded.stamps, tree: tree, parseFindings: parseFindings,
                             assembleFindings: last.assembleFindings, servicesFindings: last.servicesFindings, site: site,
                             links: last.links, bodies: bodies, searchLines: searchLines, extraFiles: extraFiles, checks: checks, render: render, files: files,
                             findings: findings, pageAddresses: last.pageAddresses, rebuiltPages: edited.map(\.path))
        return (report, next)
    }

    /// Where the file at `path` is in `files`, sorted by path; found by halving.
    static func index(of path: String, in files: [OutputFile]) -> Int? {
        var low = files.startIndex, high = files.endIndex
        while low < high {
            let middle = (low + high) / 2
            if files[middle].path < path { low = middle + 1 } else { high = middle }
        }
        return low < files.endIndex && files[low].path == path ? low : nil
    }
}
