@testable import Diagnostics
@testable import FrontMatter
@testable import SaferSiteKit
import Testing

@Suite("Reading the settings file")
struct SiteSettingsDecoderTests {
    /// Decodes `_site.yaml` text as the build does.
    func decode(_ text: String) -> (SiteSettings, [Diagnostic]) {
        let parsed = FrontMatterParser.parseDocument(text, file: "content/_site.yaml")
        #expect(parsed.diagnostics.isEmpty, "\(parsed.diagnostics)")
        return SiteSettingsDecoder(source: SourceLines(file: "content/_site.yaml", text: text)).decode(parsed.root)
    }

    @Test("the known keys are read, and base_url always ends in a slash")
    func known() {
        let (settings, diagnostics) = decode("""
            title: Safer Oxfordshire
            description: What the partnership does.
            base_url: https://www.example.gov.uk
            language: en-GB
            raw_html: true
            paginate: 5
            theme_colour: blue
            menus:
              main:
                - {name: About, page: about.md}
                - {name: Police, url: "https://www.thamesvalley.police.uk/"}
            """)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        #expect(settings.title == "Safer Oxfordshire" && settings.description == "What the partnership does.")
        #expect(settings.baseURL == "https://www.example.gov.uk/")
        #expect(settings.language == "en-GB" && settings.rawHTML && settings.pageSize == 5)
        #expect(settings.entries.map(\.key).contains("theme_colour"))
        #expect(settings.menus["main"]?.map(\.name) == ["About", "Police"])
        #expect(settings.menus["main"]?.first?.target == .page("about.md"))
        #expect(settings.menus["main"]?.first?.location == SourceLocation(file: "content/_site.yaml", line: 10, column: 7))
    }

    @Test("a base_url of white space is no address, and one with spaces around it is the address inside")
    func baseURLSpaces() {
        let (blank, blankFindings) = decode("base_url: \"  \"\n")
        #expect(blankFindings.isEmpty && blank.baseURL == "")
        let (padded, paddedFindings) = decode("base_url: \" https://www.example.gov.uk \"\n")
        #expect(paddedFindings.isEmpty && padded.baseURL == "https://www.example.gov.uk/")
    }

    @Test("a base_url that cannot work is an error at its value, saying why",
          arguments: [("base_url: www.example.gov.uk", "must be a full address starting with https://"),
                      ("base_url: https://www.example.gov.uk//safer/", "path (//safer/) has an empty, '.' or '..' part"),
                      ("base_url: https://www.example.gov.uk/?page=1", "cannot have a '?' or '#' part")])
    func badBaseURL(_ line: String, _ words: String) throws {
        let (_, diagnostics) = decode("title: T\n\(line)\n")
        let found = try #require(diagnostics.first)
        #expect(diagnostics.count == 1)
        #expect(found.severity == .error && found.code == "settings")
        #expect(found.location == SourceLocation(file: "content/_site.yaml", line: 2, column: 11))
        #expect(found.message.contains(words), "\(found.message)")
        #expect(found.hint?.isEmpty == false)
    }

    @Test("values of the wrong kind are errors naming the key and what it should be",
          arguments: [("raw_html: yes", "'raw_html' should be true or false", 1, 11),
                      ("paginate: 0", "'paginate' should be a whole number from 1 to 10000", 1, 11),
                      ("title: [a, b]", "'title' should be text", 1, 8),
                      ("menus: About", "a menu must be a list of items", 1, 8),
                      ("menus:\n  main:\n    - {name: About}", "a menu must be a list of items, each with 'name' and either 'page' or 'url'", 3, 7),
                      ("menus:\n  main:\n    - {name: X, url: \"javascript:go()\"}", "links starting with 'javascript:' are not allowed", 3, 22),
                      ("contact: safer@example.gov.uk", "'contact' should be the partnership's contact details", 1, 10),
                      ("contact:\n  emial: a@b.uk", "not 'emial'", 2, 10),
                      ("contact:\n  email: safer at example.gov.uk", "is not an email address", 2, 10),
                      ("contact:\n  email: safer@localhost", "is not an email address", 2, 10),
                      ("contact:\n  phone: call the town hall", "is not a phone number", 2, 10),
                      ("contact:\n  phone: 01234+567890", "is not a phone number", 2, 10)])
    func wrongKinds(_ text: String, _ words: String, _ line: Int, _ column: Int) throws {
        let (_, diagnostics) = decode(text + "\n")
        let found = try #require(diagnostics.first)
        #expect(diagnostics.count == 1, "\(diagnostics)")
        #expect(found.severity == .error)
        #expect(found.message.contains(words), "\(found.message)")
        #expect(found.location.line == line && found.location.column == column, "\(found.location)")
    }

    @Test("entry points are read in order, each a link with an optional summary")
    func entryPoints() {
        let (settings, diagnostics) = decode("""
            entry_points:
              - {name: Report a crime or get help, page: contact.md, summary: Call 999 in an emergency.}
              - {name: Police, url: "https://www.thamesvalley.police.uk/"}
            """)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        #expect(settings.entryPoints.map(\.link.name) == ["Report a crime or get help", "Police"])
        #expect(settings.entryPoints.map(\.link.target) == [.page("contact.md"), .url("https://www.thamesvalley.police.uk/")])
        #expect(settings.entryPoints.map(\.summary) == ["Call 999 in an emergency.", nil])
        #expect(settings.entryPoints.first?.link.location == SourceLocation(file: "content/_site.yaml", line: 2, column: 5))
    }

    @Test("entry points written wrong are errors at the item, saying what one holds; the good ones are kept",
          arguments: [("entry_points: contact.md", "'entry_points' must be a list of links", 1, 15),
                      ("entry_points:\n  - {name: Help}", "each with 'name', either 'page' or 'url'", 2, 5),
                      ("entry_points:\n  - {name: Help, page: a.md, url: \"https://a.org/\"}", "either 'page' or 'url'", 2, 5),
                      ("entry_points:\n  - {name: Help, page: a.md, sumary: Typo}", "not 'sumary'", 2, 38),
                      ("entry_points:\n  - {name: Help, page: a.md, summary: [a, b]}", "'summary' should be text", 2, 39),
                      ("entry_points:\n  - {name: X, url: \"javascript:go()\"}", "links starting with 'javascript:' are not allowed", 2, 20)])
    func badEntryPoints(_ text: String, _ words: String, _ line: Int, _ column: Int) throws {
        // A good item after a bad one is still read.
        let kept = text.contains("\n") ? "\n  - {name: Kept, page: kept.md}" : ""
        let (settings, diagnostics) = decode(text + kept + "\n")
        let found = try #require(diagnostics.first)
        #expect(diagnostics.count == 1, "\(diagnostics)")
        #expect(found.severity == .error && found.hint?.isEmpty == false)
        #expect(found.message.contains(words), "\(found.message)")
        #expect(found.location.line == line && found.location.column == column, "\(found.location)")
        #expect(settings.entryPoints.map(\.link.name) == (kept.isEmpty ? [] : ["Kept"]))
    }

    @Test("a settings file that is not a list of keys is refused with a way to start")
    func notMapping() throws {
        let (_, diagnostics) = decode("- title\n")
        let found = try #require(diagnostics.first)
        #expect(found.message == SettingsMessages.notMapping && found.hint == SettingsMessages.notMappingHint)
    }

    @Test("contact details are read, the phone number also as a tel: link")
    func contact() {
        let (settings, diagnostics) = decode("""
            contact:
              email: safer@example.gov.uk
              phone: "+44 (0)1234 567-890"
              address: "Town Hall, Anytown AB1 2CD"
            """)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        #expect(settings.contact == SiteContact(email: "safer@example.gov.uk", phone: "+44 (0)1234 567-890", address: "Town Hall, Anytown AB1 2CD"))
        #expect(settings.contact?.phoneLink == "tel:+4401234567890")
        let (refused, findings) = decode("contact:\n  email: safer at example.gov.uk\n")
        #expect(refused.contact == nil && findings.first?.hint?.contains("contact: {email:") == true)
    }
}
