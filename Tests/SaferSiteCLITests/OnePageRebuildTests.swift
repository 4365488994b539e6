import Foundation
@testable import SaferSiteKit
import Testing

/// The preview's shortcut: after an edit to one page's body, only that page is redone
/// (`BuildMemory.rebuild`), and what comes out must be what a whole build of the same files
/// makes — every file byte for byte, every finding — or the shortcut must decline.
@Suite("the preview's one-page rebuild")
struct OnePageRebuildTests {
    enum Edit: String, CaseIterable, CustomTestStringConvertible {
        /// A dated page's body: its page, the search index and the Atom feed change.
        case newsBody
        /// A heading another page links to is renamed: that link breaks (a finding on the other page).
        case headingRenamed
        /// A link to a page that does not exist: an error, so the build fails.
        case brokenLink
        /// A very long sentence: a plain-English warning on the page.
        case longSentence
        /// The bare web address a `silence:` entry covers is taken out: the silence is now unused (a warning).
        case silencedFindingGone

        var testDescription: String { rawValue }

        var file: String {
            switch self {
            case .newsBody, .longSentence: "content/news/2015-plan.md"
            case .headingRenamed, .brokenLink, .silencedFindingGone: "content/about.md"
            }
        }

        func apply(_ text: String) -> String {
            switch self {
            case .newsBody:
                text.replacingOccurrences(of: "The plan is out.", with: "The plan is out. Read it [here](../about.md#what-we-do).")
            case .headingRenamed:
                text.replacingOccurrences(of: "# Who we are", with: "# Our members")
            case .brokenLink:
                text.replacingOccurrences(of: "We are a partnership.", with: "We are a [partnership](nowhere.md).")
            case .longSentence:
                text + "\n" + Array(repeating: "word", count: 60).joined(separator: " ") + ".\n"
            case .silencedFindingGone:
                text.replacingOccurrences(of: "Visit https://www.gov.uk for more.", with: "Visit GOV.UK for more.")
            }
        }
    }

    static func options(_ site: URL) -> BuildOptions {
        BuildOptions(source: site, theme: CLI.packageRoot.appendingPathComponent("theme"), output: nil,
                     today: FrontMatterDate(day: CLI.today)!)
    }

    static func edit(_ site: URL, _ path: String, _ change: (String) -> String) throws -> Data {
        let url = site.appendingPathComponent(path)
        let text = try String(contentsOf: url, encoding: .utf8)
        let changed = change(text)
        #expect(changed != text, "the edit of \(path) changed nothing")
        try changed.write(to: url, atomically: true, encoding: .utf8)
        return Data(changed.utf8)
    }

    @Test("the one-page rebuild makes exactly what a whole build makes", arguments: Edit.allCases)
    func sameAsWholeBuild(edit: Edit) throws {
        let site = try CLI.copyOfFixture("basic-site")
        defer { try? FileManager.default.removeItem(at: site.deletingLastPathComponent()) }
        let first = try SiteBuilder(options: Self.options(site)).build()
        #expect(!first.failed, "\(first.diagnostics)")
        let memory = try #require(first.memory)

        let data = try Self.edit(site, edit.file) { edit.apply($0) }
        let quick = try #require(memory.rebuild(afterEditTo: edit.file, data: data), "the shortcut declined a body edit")
        let whole = try SiteBuilder(options: Self.options(site)).build()

        #expect(quick.redidOnePage && !whole.redidOnePage)
        #expect(quick.failed == whole.failed)
        #expect(quick.diagnostics == whole.diagnostics)
        #expect(quick.files.map(\.path) == whole.files.map(\.path))
        for (made, expected) in zip(quick.files, whole.files) where made.data != expected.data {
            Issue.record("\(made.path) differs from a whole build's")
        }
        // Each edit shows where it should (so the comparison is not of two unchanged sites).
        switch edit {
        case .newsBody:
            let feed = try #require(quick.files.first { $0.path == "feed.xml" })
            #expect(String(decoding: feed.data, as: UTF8.self).contains("Read it"))
            let index = try #require(quick.files.first { $0.path == "search-index.json" })
            #expect(String(decoding: index.data, as: UTF8.self).contains("Read it here"))
        case .headingRenamed:
            #expect(quick.diagnostics.contains { $0.location.file == "content/projects/aspire.md" && $0.message.contains("who-we-are") })
        case .brokenLink:
            #expect(quick.failed && quick.files.isEmpty)
        case .longSentence:
            #expect(quick.diagnostics.contains { $0.location.file == edit.file && $0.code == "long-sentence" })
        case .silencedFindingGone:
            #expect(quick.diagnostics.contains { $0.location.file == edit.file && $0.code == "silence" })
        }
        // The result can be built on again (a failed build keeps nothing: the next edit gets a whole build).
        if let next = quick.memory {
            let again = try Self.edit(site, edit.file) { $0 + "\nOne more line.\n" }
            let second = try #require(next.rebuild(afterEditTo: edit.file, data: again))
            let wholeAgain = try SiteBuilder(options: Self.options(site)).build()
            #expect(second.diagnostics == wholeAgain.diagnostics)
            #expect(second.files.map(\.data) == wholeAgain.files.map(\.data))
        }
    }

    @Test("after one shortcut, renaming a heading another page links to breaks that page's link, as a whole build finds")
    func linkIntoPageAfterShortcut() throws {
        let site = try CLI.copyOfFixture("basic-site")
        defer { try? FileManager.default.removeItem(at: site.deletingLastPathComponent()) }
        let first = try #require(try SiteBuilder(options: Self.options(site)).build().memory)
        let added = try Self.edit(site, "content/about.md") { $0 + "\nOne more line.\n" }
        let quick = try #require(first.rebuild(afterEditTo: "content/about.md", data: added)?.memory, "the first edit is a clean shortcut")
        let renamed = try Self.edit(site, "content/about.md") { Edit.headingRenamed.apply($0) }
        let second = try #require(quick.rebuild(afterEditTo: "content/about.md", data: renamed))
        let whole = try SiteBuilder(options: Self.options(site)).build()
        #expect(second.redidOnePage && second.failed)
        #expect(second.diagnostics == whole.diagnostics)
        #expect(second.diagnostics.contains { $0.location.file == "content/projects/aspire.md" && $0.message.contains("who-we-are") })
    }

    @Test("an edit to front matter, a section's page or an unknown file needs a whole build")
    func declines() throws {
        let site = try CLI.copyOfFixture("basic-site")
        defer { try? FileManager.default.removeItem(at: site.deletingLastPathComponent()) }
        let memory = try #require(try SiteBuilder(options: Self.options(site)).build().memory)
        let title = try Self.edit(site, "content/news/2015-plan.md") {
            $0.replacingOccurrences(of: "title: Business plan published", with: "title: Business plan out")
        }
        #expect(memory.rebuild(afterEditTo: "content/news/2015-plan.md", data: title) == nil)
        let moved = try Self.edit(site, "content/about.md") { $0.replacingOccurrences(of: "review_by: 2027-11-22\n", with: "review_by: 2027-11-22\n\n") }
        #expect(memory.rebuild(afterEditTo: "content/about.md", data: moved) == nil)
        let section = try Self.edit(site, "content/projects/_index.md") { $0 + "\nMore words.\n" }
        #expect(memory.rebuild(afterEditTo: "content/projects/_index.md", data: section) == nil)
        #expect(memory.rebuild(afterEditTo: "content/news/unknown.md", data: Data("---\ntitle: X\n---\nHi\n".utf8)) == nil)
        // The same front matter, but line breaks that are a CR alone in the body: lines are counted differently.
        let about = try String(contentsOf: site.appendingPathComponent("content/about.md"), encoding: .utf8)
        let parts = about.components(separatedBy: "---\n")
        let loneCR = parts[0] + "---\n" + parts[1] + "---\n" + parts[2...].joined(separator: "---\n").replacingOccurrences(of: "\n", with: "\r")
        #expect(memory.rebuild(afterEditTo: "content/about.md", data: Data(loneCR.utf8)) == nil)
        // The whole file saved again with CRLF line breaks: its front matter's bytes changed.
        #expect(memory.rebuild(afterEditTo: "content/about.md", data: Data(about.replacingOccurrences(of: "\n", with: "\r\n").utf8)) == nil)
    }

    @Test("a page saved with CRLF line breaks, as Windows editors do, takes the shortcut too, with what a whole build makes")
    func crlfPage() throws {
        let site = try CLI.copyOfFixture("basic-site")
        defer { try? FileManager.default.removeItem(at: site.deletingLastPathComponent()) }
        _ = try Self.edit(site, "content/about.md") { $0.replacingOccurrences(of: "\n", with: "\r\n") }
        let memory = try #require(try SiteBuilder(options: Self.options(site)).build().memory)
        let data = try Self.edit(site, "content/about.md") {
            $0.replacingOccurrences(of: "We are a partnership.", with: "We are a partnership of councils, police and health services.")
                .replacingOccurrences(of: "## What we do", with: "## What we do together")
        }
        let quick = try #require(memory.rebuild(afterEditTo: "content/about.md", data: data), "the shortcut declined a CRLF body edit")
        let whole = try SiteBuilder(options: Self.options(site)).build()
        #expect(quick.redidOnePage && !quick.failed)
        #expect(quick.diagnostics == whole.diagnostics)
        #expect(quick.files.map(\.path) == whole.files.map(\.path))
        #expect(quick.files.map(\.data) == whole.files.map(\.data))
        let page = try #require(quick.files.first { $0.path == "about/index.html" })
        #expect(String(decoding: page.data, as: UTF8.self).contains("police and health services"))
    }

    /// `PreviewBuild`, as `safersite serve` runs it, after the watcher reports `changes`.
    static func preview(_ site: URL, after previous: PreviewBuild?, changes: [FileChange]) -> PreviewBuild {
        PreviewBuild.runBlocking(options(site), after: previous, changes: changes)
    }

    @Test("the preview takes the shortcut for one page's edit, with editors' files around it, and not otherwise")
    func throughThePreview() throws {
        let site = try CLI.copyOfFixture("basic-site")
        defer { try? FileManager.default.removeItem(at: site.deletingLastPathComponent()) }
        let first = Self.preview(site, after: nil, changes: [])
        let page = site.appendingPathComponent("content/news/2015-plan.md")
        _ = try Self.edit(site, "content/news/2015-plan.md") { $0 + "\nA new line.\n" }
        let swap = site.appendingPathComponent("content/news/.2015-plan.md.swp")
        try Data("swap".utf8).write(to: swap)
        // vim saves by writing a probe file named 4913 beside the page, then deleting it.
        let probe = site.appendingPathComponent("content/news/4913").path
        let quick = Self.preview(site, after: first, changes: [FileChange(.modified, page.path), FileChange(.created, swap.path),
                                                               FileChange(.created, probe), FileChange(.deleted, probe),
                                                               FileChange(.modified, page.path)])
        #expect(quick.report?.redidOnePage == true)
        let whole = Self.preview(site, after: nil, changes: [])
        #expect(quick.report?.files.map(\.data) == whole.report?.files.map(\.data))
        #expect(quick.report?.diagnostics == whole.report?.diagnostics)

        // Another file changed too, a deleted page, or a file outside the site: a whole build.
        let other = site.appendingPathComponent("content/about.md")
        for changes in [[FileChange(.modified, page.path), FileChange(.modified, other.path)],
                        [FileChange(.deleted, page.path)],
                        [FileChange(.modified, "/elsewhere/content/news/2015-plan.md")]] {
            let build = Self.preview(site, after: quick, changes: changes)
            #expect(build.report?.redidOnePage == false, "\(changes)")
        }
    }

    @Test("with a page reached through a link, every edit gets a whole build (the other path would go stale)")
    func linkedFiles() throws {
        let site = try CLI.copyOfFixture("basic-site")
        defer { try? FileManager.default.removeItem(at: site.deletingLastPathComponent()) }
        try FileManager.default.createSymbolicLink(atPath: site.appendingPathComponent("content/news/copy.md").path,
                                                   withDestinationPath: "2015-plan.md")
        let first = Self.preview(site, after: nil, changes: [])
        #expect(first.report?.files.contains { $0.path == "news/copy/index.html" } == true)
        let page = site.appendingPathComponent("content/news/2015-plan.md")
        _ = try Self.edit(site, "content/news/2015-plan.md") { $0 + "\nA new line.\n" }
        let build = Self.preview(site, after: first, changes: [FileChange(.modified, page.path)])
        #expect(build.report?.redidOnePage == false)
        let copy = try #require(build.report?.files.first { $0.path == "news/copy/index.html" })
        #expect(String(decoding: copy.data, as: UTF8.self).contains("A new line."))
    }
}
