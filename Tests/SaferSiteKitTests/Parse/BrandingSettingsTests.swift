@testable import Diagnostics
@testable import SaferSiteKit
import Testing

@Suite("Reading branding, districts and topics from the settings")
struct BrandingSettingsTests {
    /// Decodes `_site.yaml` text as the build does.
    func decode(_ text: String) -> (SiteSettings, [Diagnostic]) {
        SiteSettingsDecoderTests().decode(text)
    }

    @Test("logo, favicon, colours, districts, topics and district_folder are read with where each is written")
    func read() {
        let (settings, diagnostics) = decode("""
            logo: {file: static/logo.svg, alt: Safer Anytown}
            favicon: static/favicon.png
            colours:
              brand: "#0B4150"
              brand_text: "#fff"
            district_folder: /areas/
            districts:
              - {id: north-anytown, name: North Anytown}
            topics: [anti-social behaviour, domestic abuse]
            """)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        #expect(settings.logo == SiteLogo(file: BrandingFile(path: "static/logo.svg", location: SourceLocation(file: "content/_site.yaml", line: 1, column: 14)),
                                          alt: "Safer Anytown"))
        #expect(settings.favicon?.path == "static/favicon.png")
        #expect(settings.colours.map(\.cssVariable) == ["--brand", "--brand-text"])
        #expect(settings.colours.map(\.colour.hex) == ["#0b4150", "#ffffff"])
        #expect(settings.coloursLocation == SourceLocation(file: "content/_site.yaml", line: 3, column: 1))
        #expect(settings.districtFolder == "areas")
        #expect(settings.districts == [District(id: "north-anytown", name: "North Anytown")])
        #expect(settings.topics == ["anti-social behaviour", "domestic abuse"])
    }

    @Test("without them: no logo, no colours, no lists (so nothing is checked against one), district pages in partnerships/")
    func defaults() {
        let (settings, _) = decode("title: T\n")
        #expect(settings.logo == nil && settings.favicon == nil && settings.colours.isEmpty)
        #expect(settings.districts == nil && settings.topics == nil)
        #expect(settings.districtFolder == "partnerships")
    }

    @Test("each wrong form is an error at the value, with a hint that works when pasted", arguments: [
        ("logo: static/logo.svg\n", 1, 7, "'logo' should give the picture's file"),
        ("logo: {file: static/logo.svg}\n", 1, 7, "'logo' should give the picture's file"),
        ("logo: {file: a.png, alt: A, title: B}\n", 1, 29, "'logo' should give the picture's file"),
        ("colours: \"#ffffff\"\n", 1, 10, "'colours' should be a list of 'name: colour' lines"),
        ("colours: {brand: red}\n", 1, 18, "the colour for 'brand' should be written as # and six (or three) hexadecimal digits"),
        ("districts: [cherwell]\n", 1, 13, "'districts' should be a list of districts"),
        ("districts:\n  - {id: a, name: A}\n  - {id: a, name: B}\n", 3, 5, "the district 'a' is listed twice"),
        ("topics: domestic abuse\n", 1, 9, "'topics' should be a list of topic names"),
        ("district_folder: _drafts\n", 1, 18, "'_drafts' cannot hold district pages"),
    ])
    func wrong(_ text: String, _ line: Int, _ column: Int, _ message: String) {
        let (_, diagnostics) = decode(text)
        #expect(diagnostics.count == 1, "\(diagnostics)")
        #expect(diagnostics.first?.severity == .error)
        #expect(diagnostics.first?.location == SourceLocation(file: "content/_site.yaml", line: line, column: column), "\(diagnostics)")
        #expect(diagnostics.first?.message.hasPrefix(message) == true, "\(diagnostics)")
    }
}
