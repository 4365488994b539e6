@testable import Diagnostics
@testable import FrontMatter
@testable import SaferSiteKit
import Testing

/// Silencing one check for one page, from front matter or the site settings.
@Suite("Silencing checks")
struct SilencingTests {
    static let longSentence = "The partnership brings together the councils, the police, the fire service, probation, health services and many voluntary groups across the whole county to cut crime and disorder in every town and village.\n"

    func settings(_ items: [[(String, String)]]) -> SiteSettings {
        var settings = SiteSettings()
        let nodes = items.enumerated().map { index, pairs in
            FrontMatterNode(.mapping(pairs.map { FrontMatterEntry(key: $0.0, line: 3 + index, column: 5, value: FrontMatterNode(.string($0.1), line: 3 + index, column: 12)) }),
                            line: 3 + index, column: 5)
        }
        settings.entries = [FrontMatterEntry(key: "silence", line: 2, column: 1, value: FrontMatterNode(.sequence(nodes), line: 3, column: 3))]
        return settings
    }

    @Test("front matter silences one check on its own page, with a reason")
    func frontMatter() {
        let page = CheckPage(path: "act.md", title: "Act", silences: [("long-sentence", "Quoted from the Act")], body: Self.longSentence)
        let other = CheckPage(path: "other.md", title: "Other", body: Self.longSentence)
        let found = CheckRun.findings([page, other])
        #expect(found.map(\.location.file) == ["content/other.md"])
    }

    @Test("the site settings silence a check for the page they name")
    func siteSetting() {
        let page = CheckPage(path: "act.md", title: "Act", body: Self.longSentence)
        let found = CheckRun.findings([page], settings: settings([[("check", "long-sentence"), ("page", "act.md"), ("reason", "Quoted")]]))
        #expect(found.isEmpty, "\(found)")
    }

    @Test("a silence without a reason still silences, and is itself a warning")
    func withoutReason() {
        let page = CheckPage(path: "act.md", title: "Act", silences: [("long-sentence", nil)], body: Self.longSentence)
        let found = CheckRun.findings([page])
        #expect(found.map(\.message) == [ContentCheckMessages.silenceWithoutReason("long-sentence")])
        #expect(found.first?.code == "silence" && found.first?.severity == .warning)
        #expect(found.first?.location == Diagnostics.SourceLocation(file: "content/act.md", line: 5, column: 10))
    }

    @Test("unknown checks, error checks, unknown pages and unused silences are warned about", arguments: [
        ("long-sentance", ContentCheckMessages.silenceUnknownCheck("long-sentance")),
        ("missing-alt", ContentCheckMessages.silenceError("missing-alt")),
        ("summary", ContentCheckMessages.silenceUnused("summary")),
    ])
    func problems(check: String, message: String) {
        let page = CheckPage(path: "a.md", title: "A", silences: [(check, "because")])
        #expect(CheckRun.findings([page]).map(\.message) == [message])
    }

    @Test("a site silence naming a page that does not exist is warned about in _site.yaml")
    func unknownPage() {
        let found = CheckRun.findings([], settings: settings([[("check", "summary"), ("page", "nowhere.md"), ("reason", "x")]]))
        #expect(found.map(\.message) == [ContentCheckMessages.silenceUnknownPage("nowhere.md")])
        #expect(found.first?.location.file == "content/_site.yaml")
    }

    @Test("error checks cannot be silenced; warning checks can", arguments: ContentCheck.allCases)
    func silenceable(check: ContentCheck) {
        #expect(check.canBeSilenced == (check.severity == .warning && check != .silence))
    }
}
