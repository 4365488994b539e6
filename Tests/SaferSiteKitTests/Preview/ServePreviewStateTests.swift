@testable import Diagnostics
import Foundation
@testable import Preview
@testable import SaferSiteKit
import Testing

@Suite("Serve: what the preview holds after each build")
struct ServePreviewStateTests {
    let addresses = ["content/about.md": "/about/", "content/projects/aspire.md": "/projects/aspire/", "content/index.md": "/"]
    let warning = Diagnostic(.warning, at: SourceLocation(file: "content/about.md", line: 3, column: 10), "the summary is empty")
    let error = Diagnostic(.error, at: SourceLocation(file: "content/about.md", line: 2, column: 8), "expected ':'")

    func taken(_ outcome: PreviewBuild.Outcome, changed: [String], from state: PreviewState = PreviewState()) -> PreviewState {
        var state = state
        state.take(outcome, pageAddresses: addresses, changedFiles: changed)
        return state
    }

    @Test("a saved page is the page to go to; templates, data and settings are not", arguments: [
        (["content/projects/aspire.md"], "/projects/aspire/"),
        (["content/index.md"], "/"),
        (["content/projects/aspire.md", "theme/templates/base.mustache"], "/projects/aspire/"),
        (["theme/templates/base.mustache"], nil),
        (["content/_data/figures.yaml"], nil),
        (["content/_site.yaml"], nil),
        (["content/about.md", "content/projects/aspire.md"], nil),
        ([], nil),
    ] as [([String], String?)])
    func changedPage(changed: [String], page: String?) {
        #expect(taken(.built([]), changed: changed).changedPage == page)
        #expect(taken(.failed([error]), changed: changed).changedPage == page)
    }

    @Test("a good build with warnings shows them over its own files, and is not failed")
    func warnings() {
        let state = taken(.built([OutputFile(path: "index.html", contents: .text("new"))], warnings: [warning]), changed: [])
        #expect(!state.latestBuildFailed)
        #expect(state.showsProblems)
        #expect(state.problems == [warning])
        #expect(state.files["index.html"]?.data == Data("new".utf8))
        #expect(state.generation == 1)
        let clean = taken(.built([]), changed: [], from: state)
        #expect(!clean.showsProblems)
        #expect(clean.problems.isEmpty)
    }

    @Test("a failed build keeps the files, records errors and warnings, and takes its page addresses")
    func failed() {
        let good = taken(.built([OutputFile(path: "index.html", contents: .text("good"))]), changed: [])
        var state = good
        state.take(.failed([error, warning]), pageAddresses: ["content/new.md": "/new/"], changedFiles: ["content/new.md"])
        #expect(state.latestBuildFailed)
        #expect(state.problems == [error, warning])
        #expect(state.files["index.html"]?.data == Data("good".utf8))
        #expect(state.changedPage == "/new/")
        #expect(state.pageAddresses == ["content/new.md": "/new/"])
    }

    @Test("a build that could not run keeps the page addresses known")
    func couldNotRun() {
        var state = taken(.built([]), changed: [])
        state.take(.couldNotRun("no content folder"), pageAddresses: nil, changedFiles: ["content/about.md"])
        #expect(state.latestBuildFailed)
        #expect(state.failure == "no content folder")
        #expect(state.pageAddresses == addresses)
        #expect(state.changedPage == "/about/")
    }
}

@Suite("Serve: page addresses from a real build")
struct ServePageAddressTests {
    @Test("a failed build still gives every page's address, a page whose front matter failed included, and the box links to it")
    func failedFrontMatter() throws {
        let site = FixtureSite("bad-front-matter")
        let build = PreviewBuild.runBlocking(BuildOptions(source: site.folder, theme: site.theme, output: nil, today: FixtureSite.today))
        guard case .failed(let problems) = build.outcome else {
            Issue.record("the bad-front-matter site built")
            return
        }
        let addresses = try #require(build.report?.pageAddresses)
        #expect(addresses["content/tabs.md"] == "/tabs/")
        #expect(addresses["content/index.md"] == "/")
        var state = PreviewState()
        state.take(build.outcome, pageAddresses: addresses, changedFiles: ["content/tabs.md"])
        #expect(state.changedPage == "/tabs/")
        let banner = BuildProblemsHTML.banner(problems: problems, failure: nil, hasGoodBuild: false, pageAddresses: addresses)
        #expect(banner.contains("content/tabs.md:"))
        #expect(banner.contains(#"<a href="/tabs/">"#))
    }
}
