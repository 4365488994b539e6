import Foundation
import Testing

/// The build cache: after each kind of change, a build that reuses the cache must write exactly
/// what a build from nothing writes, and must have redone only what the change touched.
@Suite("safersite build, incremental", .serialized)
struct IncrementalBuildTests {
    /// A fixture site and theme in a temporary folder, built once with the cache.
    struct Workspace {
        let root: URL
        var site: URL { root.appendingPathComponent("site") }
        var theme: URL { root.appendingPathComponent("theme") }
        var output: URL { root.appendingPathComponent("public") }
        var cold: URL { root.appendingPathComponent("cold") }

        init() throws {
            let site = try CLI.copyOfFixture("basic-site"), theme = try CLI.copyOfFixture("theme-minimal")
            root = site.deletingLastPathComponent()
            try FileManager.default.moveItem(at: site, to: root.appendingPathComponent("site"))
            try FileManager.default.moveItem(at: theme, to: root.appendingPathComponent("theme"))
            try? FileManager.default.removeItem(at: theme.deletingLastPathComponent())
        }

        func build(into output: URL, cache: Bool = true, today: String = CLI.today) throws -> CLI.Result {
            try CLI.run(["build", "--source", site.path, "--theme", theme.path, "--output", output.path, "--verbose"]
                        + (cache ? [] : ["--no-cache"]), environment: ["SAFERSITE_TODAY": today])
        }

        func edit(_ path: String, _ change: (String) -> String) throws {
            let url = root.appendingPathComponent(path)
            let text = try String(contentsOf: url, encoding: .utf8)
            let changed = change(text)
            #expect(changed != text, "the edit of \(path) changed nothing")
            try changed.write(to: url, atomically: true, encoding: .utf8)
        }

        /// Builds the site into `output`, so the next build can be a quick one; the output folder's inode.
        func buildForQuickRebuilds() throws -> UInt64 {
            let result = try build(into: output)
            #expect(result.status == 0, "\(result.stderr)")
            return try IncrementalBuildTests.inode(output)
        }

        /// Replaces `old` with `new` in about.md, then builds into `output` with the cache and into
        /// `cold` without it, and expects both to succeed with the same findings and the same files;
        /// the build with the cache.
        func editAboutAndCompare(_ old: String, _ new: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> CLI.Result {
            try edit("site/content/about.md") { $0.replacingOccurrences(of: old, with: new) }
            let quick = try build(into: output)
            try? FileManager.default.removeItem(at: cold)
            let fresh = try build(into: cold, cache: false)
            #expect(quick.status == 0 && fresh.status == 0, "\(quick.stderr)\n\(fresh.stderr)", sourceLocation: sourceLocation)
            #expect(IncrementalBuildTests.findings(quick.stderr) == IncrementalBuildTests.findings(fresh.stderr), sourceLocation: sourceLocation)
            try IncrementalBuildTests.expectSameTree(output, cold, sourceLocation: sourceLocation)
            return quick
        }

        func write(_ path: String, _ text: String) throws {
            try text.write(to: root.appendingPathComponent(path), atomically: true, encoding: .utf8)
        }
    }

    /// What one cached build reused, read from its `--verbose` line.
    struct Reuse: Equatable {
        var bodies = 0, bodiesReused = 0, files = 0, filesReused = 0
        /// Page files reused without their context being made (`OutputCache`).
        var filesReusedByBody = 0

        var bodiesRendered: Int { bodies - bodiesReused }
        var filesRendered: Int { files - filesReused }

        init?(_ output: String) {
            guard let line = output.split(separator: "\n").first(where: { $0.hasPrefix("Reused ") }) else { return nil }
            let numbers = line.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
            guard numbers.count == 5 else { return nil }
            (bodiesReused, bodies, filesReused, files, filesReusedByBody) = (numbers[0], numbers[1], numbers[2], numbers[3], numbers[4])
        }
    }

    enum Change: String, CaseIterable, CustomStringConvertible {
        case bodyEdit, titleEdit, newPage, deletedPage, templateEdit, dataEdit, settingsTitleEdit, settingsMenuEdit

        var description: String { rawValue }

        func apply(to work: Workspace) throws {
            switch self {
            case .bodyEdit:
                try work.edit("site/content/about.md") { $0.replacingOccurrences(of: "We are a partnership.", with: "We are a partnership of five councils.") }
            case .titleEdit:
                try work.edit("site/content/news/2015-plan.md") { $0.replacingOccurrences(of: "title: Business plan published", with: "title: Business plan out now") }
            case .newPage:
                try work.write("site/content/news/2016-update.md", """
                    ---
                    title: An update for 2016
                    date: 2016-02-01
                    summary: What happened next.
                    review_by: 2027-11-22
                    ---
                    Read [the plan](2015-plan.md).

                    """)
            case .deletedPage:
                try FileManager.default.removeItem(at: work.site.appendingPathComponent("content/news/2011-report.md"))
            case .templateEdit:
                try work.edit("theme/templates/projects.mustache") { $0.replacingOccurrences(of: "<p>Section:", with: "<p>Part of:") }
            case .dataEdit:
                try work.edit("site/content/_data/burglary.yaml") { $0.replacingOccurrences(of: "values: [1200, 1100, 912]", with: "values: [1200, 1100, 899]") }
            case .settingsTitleEdit:
                try work.edit("site/content/_site.yaml") { $0.replacingOccurrences(of: "title: Basic Partnership", with: "title: Basic Town Partnership") }
            case .settingsMenuEdit:
                try work.edit("site/content/_site.yaml") { $0.replacingOccurrences(of: "{name: About, page: about.md}", with: "{name: About us, page: about.md}") }
            }
        }
    }

    @Test("after each kind of change, the incremental build writes the same bytes as a build from nothing, with the last build's record (a quick rebuild where it can be) and without it (the build cache alone)",
          arguments: Change.allCases, [true, false])
    func incrementalEqualsCold(change: Change, keepingRecord: Bool) throws {
        let work = try Workspace()
        defer { try? FileManager.default.removeItem(at: work.root) }
        let first = try work.build(into: work.output)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(Reuse(first.stderr)?.bodiesReused == 0, "\(first.stderr)")
        if !keepingRecord { try FileManager.default.removeItem(at: work.site.appendingPathComponent(".safersite-cache/last-build.bin")) }

        try change.apply(to: work)
        let incremental = try work.build(into: work.output)
        let cold = try work.build(into: work.cold, cache: false)
        #expect(incremental.status == 0, "\(incremental.stderr)")
        #expect(cold.status == 0, "\(cold.stderr)")
        #expect(Self.findings(incremental.stderr) == Self.findings(cold.stderr))
        #expect(Reuse(cold.stderr) == nil, "--no-cache still used the cache")
        try Self.expectSameTree(work.output, work.cold)

        let reuse = try #require(Reuse(incremental.stderr), "\(incremental.stderr)")
        // Only with every page's front matter and the settings unchanged is a file reused from
        // its page's body alone; then every reused file is.
        switch change {
        case .bodyEdit, .dataEdit, .templateEdit: #expect(reuse.filesReusedByBody == reuse.filesReused, "\(reuse)")
        default: #expect(reuse.filesReusedByBody == 0, "\(reuse)")
        }
        switch change {
        case .bodyEdit:
            #expect(reuse.bodiesRendered == 1 && reuse.filesRendered == 1, "\(reuse)")
        case .titleEdit:
            // The page itself, the news section that lists it and its neighbour in the section.
            #expect(reuse.bodiesRendered == 1 && reuse.filesRendered <= 3, "\(reuse)")
        case .newPage, .deletedPage:
            #expect(reuse.bodiesRendered == (change == .newPage ? 1 : 0) && reuse.filesRendered <= 4, "\(reuse)")
        case .templateEdit:
            #expect(reuse.bodiesRendered == 0 && reuse.filesRendered >= 1 && reuse.filesReused >= 1, "\(reuse)")
        case .dataEdit:
            #expect(reuse.bodiesRendered == 1 && reuse.filesRendered == 1, "\(reuse)")
        case .settingsTitleEdit, .settingsMenuEdit:
            // Every page shows the site's title and menu.
            #expect(reuse.bodiesRendered == 0 && reuse.filesReused == 0, "\(reuse)")
        }
    }

    @Test("a body edit is redone in place, edit after edit, and matches a build from nothing each time; a title edit builds whole")
    func bodyEditsAreRedoneInPlace() throws {
        let work = try Workspace()
        defer { try? FileManager.default.removeItem(at: work.root) }
        // A finding on another page, which the quick rebuild prints from the last build's record.
        let long = "The partnership, which brings together the councils, the police, the fire service, the health services "
            + "and many voluntary groups from across the district, met again this year to agree its plan."
        try work.edit("site/content/projects/aspire.md") { $0 + "\n" + long + "\n" }
        let folder = try work.buildForQuickRebuilds()
        for (old, new) in [("We are a partnership.", "We are a partnership of five councils."),
                           ("We are a partnership of five councils.", "We are a partnership of many partners.")] {
            let quick = try work.editAboutAndCompare(old, new)
            // The findings are printed from the record, the redone page's in their place.
            #expect(quick.stderr.contains("content/projects/aspire.md:") && quick.stderr.contains("this sentence has"), "\(quick.stderr)")
            // The output folder was updated where it is, not replaced by a new one.
            #expect(try Self.inode(work.output) == folder)
            let reuse = try #require(Reuse(quick.stderr), "\(quick.stderr)")
            #expect(reuse.bodiesRendered == 1 && reuse.filesRendered == 1, "\(reuse)")
        }
        // At once, with nothing changed: the page's stamp is too new to trust, but its bytes are the ones redone.
        let again = try work.build(into: work.output)
        #expect(Reuse(again.stderr)?.filesRendered == 0, "\(again.stderr)")
        #expect(try Self.inode(work.output) == folder)
        try Self.expectSameTree(work.output, work.cold)

        try Change.titleEdit.apply(to: work)
        let whole = try work.build(into: work.output)
        #expect(whole.status == 0, "\(whole.stderr)")
        #expect(try Self.inode(work.output) != folder, "a title edit was redone in place")
        try? FileManager.default.removeItem(at: work.cold)
        _ = try work.build(into: work.cold, cache: false)
        try Self.expectSameTree(work.output, work.cold)
    }

    @Test("a page's own silence is applied by a quick rebuild: used, then covering nothing (a warning), then used again, each time as a build from nothing")
    func silencedPageIsRedoneInPlace() throws {
        let work = try Workspace()
        defer { try? FileManager.default.removeItem(at: work.root) }
        // about.md silences vague-link-text, which its bare address finds.
        let folder = try work.buildForQuickRebuilds()
        let unused = "'vague-link-text' is silenced here, but it finds nothing on this page"
        for (old, new, warns) in [("We are a partnership.", "We are a partnership of five councils.", false),
                                  (" Visit https://www.gov.uk for more.", "", true),
                                  ("[our report](files/report.txt).", "[our report](files/report.txt). Visit https://www.gov.uk for more.", false)] {
            let quick = try work.editAboutAndCompare(old, new)
            #expect(quick.stderr.contains(unused) == warns, "\(quick.stderr)")
            #expect(try Self.inode(work.output) == folder, "the edit was not redone in place")
        }
    }

    @Test("a page's silence of a site rule's finding stays used through a quick rebuild, which finds nothing to warn about")
    func silenceUsedByRuleSurvivesQuickRebuild() throws {
        let work = try Workspace()
        defer { try? FileManager.default.removeItem(at: work.root) }
        // about.md takes another page's title, and silences the duplicate-title warning on itself.
        try work.edit("site/content/about.md") {
            $0.replacingOccurrences(of: "title: About us", with: "title: Business plan published")
                .replacingOccurrences(of: "silence: [", with: "silence: [{check: duplicate-title, reason: \"Kept for the test\"}, ")
        }
        let folder = try work.buildForQuickRebuilds()
        let quick = try work.editAboutAndCompare("We are a partnership.", "We are a partnership of five councils.")
        #expect(try Self.inode(work.output) == folder, "the edit was not redone in place")
        #expect(!quick.stderr.contains("is silenced here, but"), "\(quick.stderr)")
        // The page it shares a title with still warns, printed from the record.
        #expect(quick.stderr.contains("content/news/2015-plan.md:") && quick.stderr.contains("same title"), "\(quick.stderr)")
    }

    @Test("a page silenced from the settings builds whole after an edit to its body: the silence would warn in the settings file")
    func pageSilencedFromSettingsBuildsWhole() throws {
        let work = try Workspace()
        defer { try? FileManager.default.removeItem(at: work.root) }
        try work.edit("site/content/_site.yaml") { $0 + "silence: [{check: long-sentence, page: about.md, reason: \"Quoted from the plan\"}]\n" }
        #expect(try work.build(into: work.output).status == 0)
        let folder = try Self.inode(work.output)
        try Change.bodyEdit.apply(to: work)
        let again = try work.build(into: work.output)
        let cold = try work.build(into: work.cold, cache: false)
        #expect(again.status == 0 && cold.status == 0, "\(again.stderr)\n\(cold.stderr)")
        #expect(try Self.inode(work.output) != folder, "the page was redone alone")
        #expect(Self.findings(again.stderr) == Self.findings(cold.stderr))
        try Self.expectSameTree(work.output, work.cold)
    }

    @Test("a link added by one quick rebuild still holds the next: removing the heading it names fails the build, as a cold build does")
    func anchorAddedByQuickRebuildIsChecked() throws {
        let work = try Workspace()
        defer { try? FileManager.default.removeItem(at: work.root) }
        let folder = try work.buildForQuickRebuilds()
        try work.edit("site/content/figures.md") { $0 + "\nSee [what we do](about.md#what-we-do).\n" }
        let linked = try work.build(into: work.output)
        #expect(linked.status == 0, "\(linked.stderr)")
        #expect(try Self.inode(work.output) == folder, "the link was not added by a quick rebuild")
        let before = CLI.tree(work.output)
        try work.edit("site/content/about.md") { $0.replacingOccurrences(of: "## What we do", with: "## Our work") }
        let broken = try work.build(into: work.output)
        let cold = try work.build(into: work.cold, cache: false)
        #expect(broken.status == 1 && cold.status == 1, "\(broken.stderr)\n\(cold.stderr)")
        // The last line names the output folder, which differs.
        #expect(Self.findings(broken.stderr).dropLast() == Self.findings(cold.stderr).dropLast())
        #expect(broken.stderr.contains("has no heading with that id"), "\(broken.stderr)")
        #expect(CLI.tree(work.output) == before)
    }

    @Test("a file added by hand to a folder of the output is noticed, after a whole build or a quick one: the next build is whole and removes it",
          arguments: [false, true])
    func fileAddedToOutputBuildsWhole(afterQuickRebuild: Bool) throws {
        let work = try Workspace()
        defer { try? FileManager.default.removeItem(at: work.root) }
        let folder = try work.buildForQuickRebuilds()
        if afterQuickRebuild {
            // The quick rebuild replaces about/index.html, so it records about/'s stamp anew.
            try Change.bodyEdit.apply(to: work)
            #expect(try work.build(into: work.output).status == 0)
            #expect(try Self.inode(work.output) == folder, "the first edit was not redone in place")
        }
        try Data("notes".utf8).write(to: work.output.appendingPathComponent("about/notes.txt"))
        try work.edit("site/content/about.md") { $0.replacingOccurrences(of: "We are a partnership", with: "We are a town partnership") }
        let again = try work.build(into: work.output)
        #expect(again.status == 0, "\(again.stderr)")
        #expect(try Self.inode(work.output) != folder, "a quick rebuild went ahead past the added file")
        _ = try work.build(into: work.cold, cache: false)
        try Self.expectSameTree(work.output, work.cold)
    }

    @Test("a body edit that breaks a link is left to the whole build, which fails and leaves the output as it was")
    func failingBodyEditBuildsWhole() throws {
        let work = try Workspace()
        defer { try? FileManager.default.removeItem(at: work.root) }
        #expect(try work.build(into: work.output).status == 0)
        let before = CLI.tree(work.output)
        try work.edit("site/content/about.md") { $0.replacingOccurrences(of: "We are a partnership.", with: "We are a [partnership](missing.md).") }
        let failed = try work.build(into: work.output)
        #expect(failed.status == 1, "\(failed.stderr)")
        #expect(failed.stderr.contains("missing.md"), "\(failed.stderr)")
        #expect(CLI.tree(work.output) == before)
    }

    static func inode(_ url: URL) throws -> UInt64 {
        var status = stat()
        guard stat(url.path, &status) == 0 else { throw CocoaError(.fileNoSuchFile) }
        return UInt64(status.st_ino)
    }

    @Test("with nothing changed, nothing is rendered again")
    func unchangedSiteReusesEverything() throws {
        let work = try Workspace()
        defer { try? FileManager.default.removeItem(at: work.root) }
        _ = try work.build(into: work.output)
        let before = CLI.tree(work.output)
        let again = try work.build(into: work.output)
        let reuse = try #require(Reuse(again.stderr), "\(again.stderr)")
        #expect(reuse.bodiesRendered == 0 && reuse.filesRendered == 0 && reuse.filesReusedByBody == reuse.files, "\(reuse)")
        #expect(CLI.tree(work.output) == before)
    }

    @Test("a build on a later day reuses every body and finds the reviews now due, as a build from nothing does")
    func laterDayReusesBodies() throws {
        let work = try Workspace()
        defer { try? FileManager.default.removeItem(at: work.root) }
        _ = try work.build(into: work.output)
        // The fixture's pages are due for review on 2027-11-22.
        let later = try work.build(into: work.output, today: "2027-12-01")
        let cold = try work.build(into: work.cold, cache: false, today: "2027-12-01")
        #expect(later.status == 0 && cold.status == 0, "\(later.stderr)\n\(cold.stderr)")
        #expect(Self.findings(later.stderr) == Self.findings(cold.stderr))
        #expect(later.stderr.contains("was due for review on"), "\(later.stderr)")
        try Self.expectSameTree(work.output, work.cold)
        let reuse = try #require(Reuse(later.stderr), "\(later.stderr)")
        #expect(reuse.bodiesRendered == 0, "\(reuse)")
    }

    @Test("a page file changed by hand in the output is written afresh, not reused")
    func handEditedOutputIsReplaced() throws {
        let work = try Workspace()
        defer { try? FileManager.default.removeItem(at: work.root) }
        _ = try work.build(into: work.output)
        let about = work.output.appendingPathComponent("about/index.html")
        let good = try Data(contentsOf: about)
        try Data("tampered".utf8).write(to: about)
        let again = try work.build(into: work.output)
        #expect(try Data(contentsOf: about) == good)
        #expect(Reuse(again.stderr)?.filesRendered == 1, "\(again.stderr)")
    }

    @Test("a damaged cache is ignored and the build is complete")
    func damagedCacheIsIgnored() throws {
        let work = try Workspace()
        defer { try? FileManager.default.removeItem(at: work.root) }
        _ = try work.build(into: work.output)
        // The build cache and the last build's record, each cut in half.
        for name in ["build-cache.bin", "last-build.bin"] {
            let file = work.site.appendingPathComponent(".safersite-cache/" + name)
            let data = try Data(contentsOf: file)
            try data.prefix(data.count / 2).write(to: file)
        }
        try Change.bodyEdit.apply(to: work)
        let again = try work.build(into: work.output)
        #expect(again.status == 0, "\(again.stderr)")
        #expect(Reuse(again.stderr)?.bodiesReused == 0, "\(again.stderr)")
        _ = try work.build(into: work.cold, cache: false)
        try Self.expectSameTree(work.output, work.cold)
    }

    @Test("--no-cache neither reads nor writes the cache")
    func noCacheLeavesNoCache() throws {
        let work = try Workspace()
        defer { try? FileManager.default.removeItem(at: work.root) }
        let result = try work.build(into: work.output, cache: false)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: work.site.appendingPathComponent(".safersite-cache").path))
    }

    /// The diagnostics printed, without progress, timing and cache lines.
    static func findings(_ output: String) -> [Substring] {
        output.split(separator: "\n").filter { !$0.hasPrefix("[") && !$0.hasPrefix("Built ") && !$0.hasPrefix("Reused ") }
    }

    static func expectSameTree(_ produced: URL, _ expected: URL, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let actual = CLI.tree(produced), wanted = CLI.tree(expected)
        #expect(!wanted.isEmpty, sourceLocation: sourceLocation)
        #expect(actual.keys.sorted() == wanted.keys.sorted(), sourceLocation: sourceLocation)
        for (path, data) in wanted.sorted(by: { $0.key < $1.key }) where actual[path] != data {
            Issue.record("\(path) differs from a build without the cache", sourceLocation: sourceLocation)
        }
    }
}
