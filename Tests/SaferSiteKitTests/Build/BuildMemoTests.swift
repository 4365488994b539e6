import Foundation
import FrontMatter
@testable import SaferSiteKit
import Testing

/// The memo `serve` keeps between builds: after each kind of edit, a build with the memo makes
/// exactly the files and findings a build from nothing makes of the same source, and an edit to
/// page bodies alone goes through the stages for those pages only. Each test builds a copy of
/// the Oxfordshire site in-process.
@Suite struct BuildMemoTests {
    /// One kind of edit an author makes while `serve` runs.
    enum Edit: String, CaseIterable, Sendable {
        case body, bodyWarning, silencedSentenceGone, heading, brokenLink, title, newPage, deletedPage, template, dataFile, settings

        /// Changes the site in `folder` after the first build with the memo.
        func apply(to folder: URL) throws {
            switch self {
            case .body:
                // The same length, on a line of its own.
                try MemoSite.replace("pool their resources", with: "pool their budgets!!", in: "content/about.md", folder: folder)
            case .bodyWarning:
                // A sentence far too long for plain English: a new finding, with its line shown.
                try MemoSite.append("\n" + MemoSite.longSentence + "\n", to: "content/about.md", in: folder)
            case .silencedSentenceGone:
                // The settings' silence for it now silences nothing: a finding in another file.
                try MemoSite.replace(MemoSite.longSentence, with: "A short one.", in: "content/about.md", folder: folder)
            case .heading:
                // Another page links to this heading: its link is now broken, a finding in another file.
                try MemoSite.replace("## How the partnership works", with: "## How the partnership runs", in: "content/about.md", folder: folder)
            case .brokenLink:
                try MemoSite.append("\nSee [the old plan](old-plan.md).\n", to: "content/about.md", in: folder)
            case .title:
                try MemoSite.replace("title: About the partnership", with: "title: About us", in: "content/about.md", folder: folder)
            case .newPage:
                try MemoSite.write(MemoSite.extraPage, to: "content/updates/2016-01-new-page.md", in: folder)
            case .deletedPage:
                try FileManager.default.removeItem(at: folder.appendingPathComponent("content/updates/2016-01-new-page.md"))
            case .template:
                try MemoSite.replace("{{>partials/related}}", with: "<p>Edited template.</p>\n{{>partials/related}}",
                                     in: "theme/templates/page.mustache", folder: folder)
            case .dataFile:
                try MemoSite.replace("reduction in violent crime", with: "fall in violent crime",
                                     in: "content/_data/countywide-headlines.yaml", folder: folder)
            case .settings:
                try MemoSite.replace("title: Oxfordshire Safer Communities Partnership", with: "title: Safer Oxfordshire",
                                     in: "content/_site.yaml", folder: folder)
            }
        }

        /// Changes the site before the first build, so that the edit has something to undo.
        func prepare(_ folder: URL) throws {
            if self == .deletedPage { try Edit.newPage.apply(to: folder) }
            if self == .silencedSentenceGone {
                try MemoSite.append("\n" + MemoSite.longSentence + "\n", to: "content/about.md", in: folder)
                try MemoSite.append("silence:\n  - {check: long-sentence, page: about.md, reason: \"Quoted from the Act\"}\n",
                                    to: "content/_site.yaml", in: folder)
            }
        }

        /// Whether the edit changes page bodies alone, which the memo rebuilds page by page.
        var isBodyOnly: Bool { [.body, .bodyWarning, .silencedSentenceGone, .heading, .brokenLink].contains(self) }

        /// Whether the site fails to build after the edit.
        var breaksTheSite: Bool { [.heading, .brokenLink].contains(self) }
    }

    @Test(arguments: Edit.allCases)
    func rebuildWithTheMemoMakesWhatABuildFromNothingMakes(after edit: Edit) throws {
        let folder = try MemoSite.copy()
        defer { try? FileManager.default.removeItem(at: folder) }
        try edit.prepare(folder)
        let memo = BuildMemo()
        let first = try MemoSite.build(folder, memo: memo)
        try edit.apply(to: folder)
        let memoised = try MemoSite.build(folder, memo: memo)
        let cold = try MemoSite.build(folder, memo: nil)

        #expect(!first.failed)
        #expect(cold.failed == edit.breaksTheSite)
        // The edit shows: otherwise the memo could have served the old site and still passed.
        #expect(cold.files != first.files || cold.diagnostics != first.diagnostics)
        #expect(memoised.files == cold.files)
        #expect(memoised.diagnostics == cold.diagnostics)
        #expect(memoised.failed == cold.failed)
        // The preview follows the saved page by these.
        #expect(memoised.pageAddresses == cold.pageAddresses)
        #expect(memoised.rootPath == cold.rootPath)
        #expect(memo.rebuiltPages == (edit.isBodyOnly ? ["content/about.md"] : nil))
    }

    @Test func aRebuildWithNothingChangedMakesWhatABuildFromNothingMakes() throws {
        let folder = try MemoSite.copy()
        defer { try? FileManager.default.removeItem(at: folder) }
        let memo = BuildMemo()
        _ = try MemoSite.build(folder, memo: memo)
        let again = try MemoSite.build(folder, memo: memo)
        let cold = try MemoSite.build(folder, memo: nil)

        #expect(memo.rebuiltPages == [])
        #expect(again.files == cold.files)
        #expect(again.diagnostics == cold.diagnostics)
    }

    @Test func twoBodiesEditedAtOnceAndAFileSavedUnchanged() throws {
        let folder = try MemoSite.copy()
        defer { try? FileManager.default.removeItem(at: folder) }
        let memo = BuildMemo()
        _ = try MemoSite.build(folder, memo: memo)
        // One page's heading renamed, and the page linking to it mended in the same save.
        try Edit.heading.apply(to: folder)
        try MemoSite.replace("../about.md#how-the-partnership-works", with: "../about.md#how-the-partnership-runs",
                             in: "content/updates/2011-02-scrutiny-committee-report.md", folder: folder)
        // Saved again with the same bytes: read again, but not a change.
        let funding = folder.appendingPathComponent("content/funding.md")
        try Data(contentsOf: funding).write(to: funding)
        let memoised = try MemoSite.build(folder, memo: memo)
        let cold = try MemoSite.build(folder, memo: nil)

        #expect(!cold.failed)
        #expect(memo.rebuiltPages == ["content/about.md", "content/updates/2011-02-scrutiny-committee-report.md"])
        #expect(memoised.files == cold.files)
        #expect(memoised.diagnostics == cold.diagnostics)
    }

    @Test func editsInARowEachMakeWhatABuildFromNothingMakes() throws {
        let folder = try MemoSite.copy()
        defer { try? FileManager.default.removeItem(at: folder) }
        let memo = BuildMemo()
        _ = try MemoSite.build(folder, memo: memo)
        // A body edit, a broken one, its mending, a title edit, then a body edit again: each
        // build starts from what the one before it remembered.
        let steps: [(Edit?, String)] = [(.body, "body"), (.heading, "heading"), (nil, "heading mended"), (.title, "title"),
                                        (.bodyWarning, "body after title")]
        for (edit, name) in steps {
            if let edit {
                try edit.apply(to: folder)
            } else {
                try MemoSite.replace("## How the partnership runs", with: "## How the partnership works", in: "content/about.md", folder: folder)
            }
            let memoised = try MemoSite.build(folder, memo: memo)
            let cold = try MemoSite.build(folder, memo: nil)
            #expect(memoised.files == cold.files, "after \(name)")
            #expect(memoised.diagnostics == cold.diagnostics, "after \(name)")
        }
    }

    @Test func aBrokenFrontMatterBuildsFromTheFilesAndMendingItAgain() throws {
        let folder = try MemoSite.copy()
        defer { try? FileManager.default.removeItem(at: folder) }
        let memo = BuildMemo()
        _ = try MemoSite.build(folder, memo: memo)
        let about = try Data(contentsOf: folder.appendingPathComponent("content/about.md"))
        try MemoSite.write("---\ntitle: [unclosed\n---\nBroken\n", to: "content/about.md", in: folder)
        let broken = try MemoSite.build(folder, memo: memo)
        try (about + Data("Mended.\n".utf8)).write(to: folder.appendingPathComponent("content/about.md"))
        let mended = try MemoSite.build(folder, memo: memo)
        let cold = try MemoSite.build(folder, memo: nil)

        #expect(broken.failed)
        #expect(memo.rebuiltPages == nil)
        #expect(mended.files == cold.files)
        #expect(mended.diagnostics == cold.diagnostics)
    }

    /// Over the findings of every fixture site, and of the Oxfordshire site with pages full of
    /// warnings added: shown file by file, they are what the collector shows of them all at once.
    @Test func findingsFileByFileAreTheCollectorsFindings() throws {
        let noisy = try MemoSite.copy()
        defer { try? FileManager.default.removeItem(at: noisy) }
        try MemoSite.addNoisyPages(to: noisy)
        let sites = FixtureSite.all.map { ($0.folder, $0.theme) } + [(noisy, noisy.appendingPathComponent("theme"))]
        var total = 0
        for (folder, theme) in sites {
            let options = BuildOptions(source: folder, theme: theme, output: nil, today: FixtureSite.today)
            let (tree, loadFindings) = try SourceLoader(root: folder, themeRoot: theme).load()
            let collector = DiagnosticCollector()
            collector.report(loadFindings)
            _ = try SiteBuilder(options: options).build(tree, reportingTo: collector, progress: { _ in }, remembering: nil)
            total += collector.reported.count
            #expect(FindingsByFile(collector.reported, sources: tree).all == collector.finished(showingLinesOf: tree), "\(folder.lastPathComponent)")
        }
        #expect(total > 200)
    }

    /// A body edit on a site full of warnings: the rebuild's findings are a build from nothing's.
    @Test func aBodyEditAmongManyFindings() throws {
        let folder = try MemoSite.copy()
        defer { try? FileManager.default.removeItem(at: folder) }
        try MemoSite.addNoisyPages(to: folder)
        let memo = BuildMemo()
        let first = try MemoSite.build(folder, memo: memo)
        try MemoSite.append("\n" + MemoSite.longSentence + "\n\n## Another heading\n", to: "content/updates/noisy-3.md", in: folder)
        let memoised = try MemoSite.build(folder, memo: memo)
        let cold = try MemoSite.build(folder, memo: nil)

        #expect(first.warningCount > 150)
        #expect(!first.failed, "\(first.diagnostics.filter { $0.severity == .error }.prefix(3))")
        #expect(memo.rebuiltPages == ["content/updates/noisy-3.md"])
        #expect(cold.diagnostics != first.diagnostics)
        #expect(memoised.diagnostics == cold.diagnostics)
        #expect(memoised.files == cold.files)
    }

    /// The Projects section page says `listing: false` and lists its pages in its text: its body
    /// edited to stop linking to one of them makes `UnlistedPageCheck` warn, as a build from
    /// nothing does; linking to it again clears the warning.
    @Test func aListingFalseSectionPageNoLongerLinkingToAPageWarns() throws {
        let folder = try MemoSite.copy()
        defer { try? FileManager.default.removeItem(at: folder) }
        let memo = BuildMemo()
        let first = try MemoSite.build(folder, memo: memo)
        let projects = "content/projects/_index.md"
        for (step, (old, new)) in [("[SKATE](skate.md)", "SKATE"), ("SKATE:", "[SKATE](skate.md):")].enumerated() {
            try MemoSite.replace(old, with: new, in: projects, folder: folder)
            let memoised = try MemoSite.build(folder, memo: memo)
            let cold = try MemoSite.build(folder, memo: nil)
            let unlisted = cold.diagnostics.filter { $0.code == "unlisted-page" }
            #expect(unlisted.map(\.location.file) == (step == 0 ? [projects] : []), "step \(step)")
            #expect(!first.diagnostics.contains { $0.code == "unlisted-page" })
            #expect(memo.rebuiltPages == [projects], "step \(step)")
            #expect(memoised.diagnostics == cold.diagnostics, "step \(step)")
            #expect(memoised.files == cold.files, "step \(step)")
            #expect(memoised.pageAddresses == cold.pageAddresses)
        }
    }

    /// A picture added to a body, then to a second page, then taken out of the first: each
    /// rebuild's pictures (the first of a page loads at once), image files and weight warning
    /// (at the first page that shows the image) are a build from nothing's.
    @Test func aPictureAddedToAndTakenOutOfBodies() throws {
        let folder = try MemoSite.copy()
        defer { try? FileManager.default.removeItem(at: folder) }
        // Before the first build: a new image or setting builds everything, which other tests cover.
        let leaflet = MemoSite.packageRoot.appendingPathComponent("Tests/SaferSiteCLITests/Fixtures/image-site/content/photos/leaflet.png")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("content/photos"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: leaflet, to: folder.appendingPathComponent("content/photos/leaflet.png"))
        // The 30 KB PNG is over a 25 KB budget: warned about where a page first shows it.
        try MemoSite.append("image_budget_kb: 25\n", to: "content/_site.yaml", in: folder)
        let memo = BuildMemo()
        let first = try MemoSite.build(folder, memo: memo)
        #expect(!first.diagnostics.contains { $0.code == "image-weight" }, "no page shows it yet")
        let picture = "\n![A leaflet about the partnership's projects](photos/leaflet.png)\n"
        let steps: [(name: String, edit: () throws -> Void, page: String, warnedAt: String?)] = [
            ("added to about.md", { try MemoSite.append(picture, to: "content/about.md", in: folder) }, "content/about.md", "content/about.md"),
            ("added to accessibility.md", { try MemoSite.append(picture, to: "content/accessibility.md", in: folder) },
             "content/accessibility.md", nil),
            ("taken out of about.md", { try MemoSite.replace(picture, with: "\n", in: "content/about.md", folder: folder) },
             "content/about.md", "content/accessibility.md"),
        ]
        for step in steps {
            try step.edit()
            let memoised = try MemoSite.build(folder, memo: memo)
            let cold = try MemoSite.build(folder, memo: nil)
            let weights = cold.diagnostics.filter { $0.code == "image-weight" }
            #expect(weights.count == 1, "\(step.name)")
            if let warnedAt = step.warnedAt { #expect(weights.map(\.location.file) == [warnedAt], "\(step.name)") }
            #expect(memo.rebuiltPages == [step.page], "\(step.name)")
            #expect(memoised.diagnostics == cold.diagnostics, "\(step.name)")
            #expect(memoised.files == cold.files, "\(step.name)")
            let page = cold.files.first { $0.path == (step.page == "content/about.md" ? "about/index.html" : "accessibility/index.html") }
            #expect(page.map { String(decoding: $0.data, as: UTF8.self).contains("leaflet") == (step.name != "taken out of about.md") } == true,
                    "\(step.name)")
        }
    }

    /// A sentence quoting a data table (`figure:` link) edited in a body: the number written no
    /// longer the figure (a warning among that page's own findings, the page as before), then
    /// the link pointed at another figure (the page changed, the warning gone).
    @Test func aFigureLinkEditedInABody() throws {
        let folder = try MemoSite.copy()
        defer { try? FileManager.default.removeItem(at: folder) }
        let memo = BuildMemo()
        let first = try MemoSite.build(folder, memo: memo)
        let projects = "content/projects/_index.md"
        let steps = [("[6,000](figure:cherwell-key-figures/youth-activators)", "[7,000](figure:cherwell-key-figures/youth-activators)"),
                     ("[7,000](figure:cherwell-key-figures/youth-activators)", "[60](figure:south-and-vale-key-figures/damascus)")]
        var before = first
        for (step, (old, new)) in steps.enumerated() {
            try MemoSite.replace(old, with: new, in: projects, folder: folder)
            let memoised = try MemoSite.build(folder, memo: memo)
            let cold = try MemoSite.build(folder, memo: nil)
            let figures = cold.diagnostics.filter { $0.code == "figure" }
            #expect(figures.map(\.location.file) == (step == 0 ? [projects] : []), "step \(step)")
            // The figure stands in for the number written: the first edit changes the findings
            // alone, the second the page.
            let filesChanged = cold.files != before.files
            #expect(filesChanged == (step == 1), "step \(step)")
            #expect(memo.rebuiltPages == [projects], "step \(step)")
            #expect(memoised.diagnostics == cold.diagnostics, "step \(step)")
            #expect(memoised.files == cold.files, "step \(step)")
            before = cold
        }
    }

    /// Every fixture site built again with the memo, nothing changed, is what a build from nothing makes.
    @Test func everyFixtureSiteRebuiltWithTheMemoIsTheSame() throws {
        for site in FixtureSite.all {
            let options = BuildOptions(source: site.folder, theme: site.theme, output: nil, today: FixtureSite.today)
            let memo = BuildMemo()
            _ = try SiteBuilder(options: options, memo: memo).build()
            let again = try SiteBuilder(options: options, memo: memo).build()
            let cold = try SiteBuilder(options: options).build()
            #expect(again.files == cold.files, "\(site.name)")
            #expect(again.diagnostics == cold.diagnostics, "\(site.name)")
        }
    }
}

/// Copies of the Oxfordshire site for the memo's tests, and the edits made to them.
enum MemoSite {
    /// The package's root folder, which holds the Oxfordshire site's `content/` and `theme/`.
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// A page no other page links to, so that deleting it breaks nothing.
    static let extraPage = """
        ---
        title: A new update
        summary: An update added while the preview runs.
        date: 2016-01-15
        ---
        The partnership met in January.

        """

    /// A sentence far too long for plain English.
    static let longSentence = Array(repeating: "and the partnership met again", count: 12).joined(separator: " ") + "."

    /// Adds 40 pages full of warnings (no review date, long sentences, vague link text, the same
    /// title twice), linking to each other's headings.
    static func addNoisyPages(to folder: URL) throws {
        for number in 0..<40 {
            let page = """
                ---
                title: Noisy page \(number / 2)
                summary: A page with many warnings.
                ---
                \(longSentence) \(longSentence)

                For the plan, [click here](noisy-\((number + 1) % 40).md#a-heading).

                ## A heading

                \(longSentence)

                """
            try write(page, to: "content/updates/noisy-\(number).md", in: folder)
        }
    }

    /// A copy of the site's content and theme in a fresh temporary folder.
    static func copy() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("memo-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for name in ["content", "theme"] {
            try FileManager.default.copyItem(at: packageRoot.appendingPathComponent(name), to: folder.appendingPathComponent(name))
        }
        return folder
    }

    /// The site in `folder` built in memory, on a fixed day so review dates never depend on the real one.
    static func build(_ folder: URL, memo: BuildMemo?) throws -> BuildReport {
        let today = FrontMatterDate(year: 2026, month: 11, day: 22)
        return try SiteBuilder(options: BuildOptions(source: folder, output: nil, today: today), memo: memo).build()
    }

    /// Writes a file of the site, replacing any file there.
    static func write(_ text: String, to path: String, in folder: URL) throws {
        try Data(text.utf8).write(to: folder.appendingPathComponent(path))
    }

    /// Adds text to the end of a file of the site.
    static func append(_ text: String, to path: String, in folder: URL) throws {
        let url = folder.appendingPathComponent(path)
        try (Data(contentsOf: url) + Data(text.utf8)).write(to: url)
    }

    /// Replaces the one occurrence of `old` in a file; fails the test when there is none.
    static func replace(_ old: String, with new: String, in path: String, folder: URL) throws {
        let url = folder.appendingPathComponent(path)
        let text = try String(contentsOf: url, encoding: .utf8)
        try #require(text.contains(old), "\(path) no longer says '\(old)'")
        try Data(text.replacingOccurrences(of: old, with: new).utf8).write(to: url)
    }
}
