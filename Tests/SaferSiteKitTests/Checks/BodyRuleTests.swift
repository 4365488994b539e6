@testable import Diagnostics
@testable import SaferSiteKit
import Testing

/// Each check that reads a page body: one Markdown fixture that trips it, with `1️⃣` where the
/// finding points, and one close to it that does not.
@Suite("Content checks on page bodies")
struct BodyRuleTests {
    static let cases: [(check: ContentCheck, trips: String, message: String, passes: String)] = [
        (.missingAlt, "Before.\n\n1️⃣![](chart.png)\n", ContentCheckMessages.missingAlt,
         "![Burglaries fell from 100 to 76](chart.png) and ![](border.png \"decorative\")\n"),
        (.headingSkip, "Intro.\n\n1️⃣# Big title\n", ContentCheckMessages.headingLevelOne,
         "## Section\n\n### Part\n\n## Next section\n"),
        (.headingSkip, "## Section\n\n1️⃣#### Too deep\n", ContentCheckMessages.headingSkip(from: 2, to: 4),
         "## Section\n\n### Part\n\n#### Detail\n\n## Back up\n"),
        (.headingSkip, "1️⃣### First heading too deep\n", ContentCheckMessages.headingSkip(from: 1, to: 3),
         "## First heading\n"),
        (.tableHeader, "Figures:\n\n1️⃣|  |  |\n| --- | --- |\n| Burglary | 76 |\n", ContentCheckMessages.tableHeader,
         "| Measure | 2014/15 |\n| --- | --- |\n| Burglary | 76 |\n"),
        (.emptyLink, "See 1️⃣[](about.md) now.\n", ContentCheckMessages.emptyLinkText,
         "See [about us](about.md) and [![Crest](crest.png)](about.md).\n"),
        (.vagueLinkText, "To read the plan, 1️⃣[click here](about.md).\n", ContentCheckMessages.vagueLinkText("click here"),
         "Read [the partnership plan](about.md).\n"),
        (.vagueLinkText, "Visit 1️⃣https://www.gov.uk/ for more.\n", ContentCheckMessages.bareURL("https://www.gov.uk/"),
         "Visit [GOV.UK](https://www.gov.uk/) or email <safer@example.org>.\n"),
        (.insecureLink, "See 1️⃣[the old site](http://www.example.org/).\n", ContentCheckMessages.insecureLink("http://www.example.org/"),
         "See [the new site](https://www.example.org/).\n"),
        (.longSentence,
         "Short one. 1️⃣The partnership brings together the councils, the police, the fire service, probation, health services and many voluntary groups across the whole county to cut crime and disorder in every town and village.\n",
         ContentCheckMessages.longSentence(words: 32, opening: "The partnership brings together the councils, the police,…"),
         "The partnership brings together councils, police, fire, probation, health and voluntary groups. It works across the county to cut crime, e.g. burglary.\n"),
        (.longParagraph, "1️⃣One. Two. Three. Four. Five. Six.\n", ContentCheckMessages.longParagraph(sentences: 6, words: 6),
         "One. Two. Three. Four. Five.\n\nSix.\n"),
    ]

    @Test("a fixture trips the check at the marked place, with its message and code", arguments: cases)
    func trips(check: ContentCheck, trips: String, message: String, passes: String) throws {
        let page = CheckPage(path: "page.md", title: "Page", body: trips)
        let findings = CheckRun.findings([page, CheckPage(path: "about.md", title: "About")]).filter { $0.code == check.rawValue }
        #expect(findings.count == 1, "\(findings)")
        let finding = try #require(findings.first)
        #expect(finding.message == message)
        #expect(finding.location == page.marker)
        #expect(finding.severity == check.severity)
        #expect(finding.hint != nil)
    }

    @Test("a close fixture does not trip the check", arguments: cases)
    func passes(check: ContentCheck, trips: String, message: String, passes: String) {
        let page = CheckPage(path: "page.md", title: "Page", body: passes)
        let findings = CheckRun.findings([page, CheckPage(path: "about.md", title: "About")])
        #expect(findings.filter { $0.code == check.rawValue }.isEmpty, "\(findings)")
    }

    @Test("a finding in the body shows its source line")
    func showsSourceLine() throws {
        let finding = try #require(CheckRun.findings(body: "Intro.\n\n![](chart.png)\n").first)
        #expect(finding.sourceLine == "![](chart.png)")
    }

    @Test("vague phrases are matched whole, ignoring case and end punctuation", arguments: [
        ("Here", true), ("READ MORE…", true), ("this page", true), ("here is the plan", false), ("More about ASPIRE", false),
    ])
    func vaguePhrases(text: String, vague: Bool) {
        #expect(VagueLinkTextRule.vaguePhrases.contains(VagueLinkTextRule.normalised(text)) == vague)
    }

    @Test("link text in ASCII is normalised byte by byte exactly as by characters")
    func asciiNormalisingAgrees() throws {
        var generator = SeededGenerator(seed: 11)
        let alphabet = Array("aZ9 \t\n\r.!?-_()[]\"'$+|~#@/:;")
        for _ in 0..<3_000 {
            let text = String((0..<Int.random(in: 0...10, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! })
            let ascii = try #require(VagueLinkTextRule.asciiNormalised(text))
            #expect(ascii == VagueLinkTextRule.unicodeNormalised(text), "\(text.debugDescription)")
        }
        #expect(VagueLinkTextRule.asciiNormalised("café") == nil)
        #expect(VagueLinkTextRule.asciiNormalised("here\u{7}") == nil)
    }
}

extension BodyRuleTests {
    @Test("bare addresses have no position from cmark-gfm, so each is found by its text, the second at the second")
    func bareAddressesAreLocated() {
        let found = CheckRun.findings(body: "See https://www.gov.uk/ and\nagain https://www.gov.uk/ here.\n").filter { $0.code == "vague-link-text" }
        #expect(found.map(\.location) == [Diagnostics.SourceLocation(file: "content/page.md", line: 6, column: 5),
                                          Diagnostics.SourceLocation(file: "content/page.md", line: 7, column: 7)])
    }
}

@Suite("Link text that is a web address")
struct WebAddressTextTests {
    @Test("a whole address is one, text with white space of any kind is not", arguments: [
        ("https://www.gov.uk", true), ("WWW.GOV.UK", true), ("http://é.example", true), ("www.x.uk/a?b=c", true),
        ("https://www.gov.uk page", false), ("www.x\tuk", false), ("www.x\u{0B}uk", false), ("https://a\u{00A0}b", false),
        ("https://a\u{2003}b", false), ("www.x\ruk", false), ("www.x\u{0C}uk", false), ("www.x\u{0E}uk", true),
        ("www.x\u{1C}uk", true), ("www.x\u{08}uk", true), ("gov.uk", false), ("", false),
    ])
    func webAddress(text: String, expected: Bool) {
        #expect(VagueLinkTextRule.isWebAddress(text) == expected)
    }
}
