import Foundation
import Testing

/// Branding from the settings (issue 25): logo, favicon and brand colours, with every colour
/// pair the theme uses held to WCAG 2.2 AA contrast, through the real executable and theme.
@Suite("Branding", .serialized)
struct BrandingTests {
    let theme = CLI.packageRoot.appendingPathComponent("theme").path

    static let home = "---\ntitle: Home\nsummary: The home page.\n---\nHello.\n"
    static let logo = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 40 10\"><title>Safer Anytown</title><rect width=\"40\" height=\"10\" fill=\"#0b4150\"/></svg>\n"
    /// The eight bytes every PNG file starts with, and a little more.
    static let png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13])

    func build(_ root: URL) throws -> CLI.Result {
        try CLI.run(["build", "--source", root.path, "--theme", theme, "--output", root.appendingPathComponent("public").path])
    }

    func settings(_ root: URL, _ text: String) throws {
        try text.write(to: root.appendingPathComponent("content/_site.yaml"), atomically: true, encoding: .utf8)
    }

    @Test("a white-on-yellow header fails, naming the pair and its ratio; the hint's shade, pasted in, builds and is used")
    func whiteOnYellowHeader() throws {
        let root = try CLI.site(["index.md": Self.home, "_site.yaml": "title: Safer Anytown\ncolours: {brand: \"#ffdd00\"}\n"])
        defer { try? FileManager.default.removeItem(at: root) }
        let failed = try build(root)
        #expect(failed.status == 1)
        #expect(failed.stderr.contains("content/_site.yaml:2:18: error: brand_text (#ffffff) on brand (#ffdd00) has a contrast of 1.35:1"),
                "\(failed.stderr)")
        #expect(failed.stderr.contains("WCAG 2.2 AA asks at least 4.5:1 for text"))
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("public").path))
        let hint = try #require(failed.stderr.firstMatch(of: /hint: the nearest shade that passes: '(brand: "#[0-9a-f]{6}")'/))
        let fix = String(hint.output.1)
        #expect(fix != "brand: \"#ffdd00\"")

        try settings(root, "title: Safer Anytown\ncolours: {\(fix)}\n")
        let fixed = try build(root)
        #expect(fixed.status == 0, "\(fixed.stderr)")
        let page = try String(contentsOf: root.appendingPathComponent("public/index.html"), encoding: .utf8)
        let shade = fix.dropFirst("brand: \"".count).dropLast()
        #expect(page.contains("<style>:root { --brand: \(shade); }</style>"), "\(page)")
    }

    @Test("a pale link colour fails against the white page and the footer's panel; a colour is written #rrggbb or #rgb")
    func linkColourAndForms() throws {
        let root = try CLI.site(["index.md": Self.home, "_site.yaml": "title: T\ncolours:\n  link: \"#777\"\n  text: \"#0B0C0C\"\n"])
        defer { try? FileManager.default.removeItem(at: root) }
        let failed = try build(root)
        #expect(failed.stderr.contains("content/_site.yaml:3:9: error: link (#777777) on the white page (#ffffff) has a contrast of 4.48:1"),
                "\(failed.stderr)")
        #expect(failed.stderr.contains("link (#777777) on panel (#f3f2f1) has a contrast of"))
        #expect(!failed.stderr.contains("text (#0b0c0c)"))

        try settings(root, "title: T\ncolours:\n  brand: 0b4150\n  link: #1d5fa0\n")
        let badForms = try build(root)
        #expect(badForms.stderr.contains("content/_site.yaml:3:10: error: the colour for 'brand' should be written as # and six (or three) hexadecimal digits, like \"#0b4150\""),
                "\(badForms.stderr)")
        #expect(badForms.stderr.contains("content/_site.yaml:4:"))
        #expect(badForms.stderr.contains("in quotes (without them, # starts a comment)"))
    }

    @Test("a colour the theme does not have gets did-you-mean")
    func unknownColour() throws {
        let root = try CLI.site(["index.md": Self.home, "_site.yaml": "title: T\ncolours: {brnad_text: \"#ffffff\"}\n"])
        defer { try? FileManager.default.removeItem(at: root) }
        let failed = try build(root)
        #expect(failed.stderr.contains("content/_site.yaml:2:23: error: 'brnad_text' is not one of the theme's colours; did you mean 'brand_text'?"),
                "\(failed.stderr)")
        #expect(failed.stderr.contains("hint: write 'brand_text:' instead"))
    }

    @Test("an SVG logo and a PNG favicon in content/static/ are published at the root and shown: the logo names the header's link home, the favicon is the page's icon")
    func logoAndFavicon() throws {
        let root = try CLI.site(["index.md": Self.home, "static/logo.svg": Self.logo,
                                 "_site.yaml": "title: Safer Anytown\nlogo: {file: static/logo.svg, alt: Safer Anytown Partnership}\nfavicon: static/favicon.png\n"])
        defer { try? FileManager.default.removeItem(at: root) }
        try Self.png.write(to: root.appendingPathComponent("content/static/favicon.png"))
        let built = try build(root)
        #expect(built.status == 0, "\(built.stderr)")
        #expect(!built.stderr.contains("logo") && !built.stderr.contains("favicon"), "\(built.stderr)")
        let page = try String(contentsOf: root.appendingPathComponent("public/index.html"), encoding: .utf8)
        #expect(page.contains("<a class=\"site-header__name\" href=\"/\"><img class=\"site-header__logo\" src=\"/logo.svg\" alt=\"Safer Anytown Partnership\"></a>"),
                "\(page)")
        #expect(page.contains("<link rel=\"icon\" href=\"/favicon.png\" type=\"image/png\">"))
        #expect(FileManager.default.contents(atPath: root.appendingPathComponent("public/logo.svg").path) == Data(Self.logo.utf8))
    }

    @Test("under a base URL with a path, the logo, the favicon and the link home start with the path")
    func logoUnderAPath() throws {
        let root = try CLI.site(["index.md": Self.home, "static/logo.svg": Self.logo,
                                 "_site.yaml": "title: Safer Anytown\nbase_url: https://www.example.gov.uk/safer/\nlogo: {file: static/logo.svg, alt: Safer Anytown Partnership}\nfavicon: static/logo.svg\n"])
        defer { try? FileManager.default.removeItem(at: root) }
        let built = try build(root)
        #expect(built.status == 0, "\(built.stderr)")
        let page = try String(contentsOf: root.appendingPathComponent("public/index.html"), encoding: .utf8)
        #expect(page.contains("<a class=\"site-header__name\" href=\"/safer/\"><img class=\"site-header__logo\" src=\"/safer/logo.svg\""), "\(page)")
        #expect(page.contains("<link rel=\"icon\" href=\"/safer/logo.svg\" type=\"image/svg+xml\">"), "\(page)")
        #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("public/logo.svg").path))
    }

    @Test("a missing logo gets did-you-mean; an SVG logo that could run script is refused; a favicon must be SVG, PNG or ICO")
    func badLogos() throws {
        let root = try CLI.site(["index.md": Self.home, "static/logo.svg": Self.logo,
                                 "_site.yaml": "title: T\nlogo: {file: static/logo.sgv, alt: T}\nfavicon: static/icon.gif\n"])
        defer { try? FileManager.default.removeItem(at: root) }
        let missing = try build(root)
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("content/_site.yaml:2:14: error: 'static/logo.sgv' cannot be the logo: it should be an SVG or PNG file"),
                "\(missing.stderr)")
        #expect(missing.stderr.contains("content/_site.yaml:3:10: error: 'static/icon.gif' cannot be the favicon: it should be an SVG, PNG or ICO file"))

        try settings(root, "title: T\nlogo: {file: static/logos.svg, alt: T}\n")
        let nearMiss = try build(root)
        #expect(nearMiss.stderr.contains("content/_site.yaml:2:14: error: the logo 'content/static/logos.svg' does not exist"), "\(nearMiss.stderr)")
        #expect(nearMiss.stderr.contains("hint: did you mean 'static/logo.svg'?"))

        try settings(root, "title: T\nlogo: {file: static/logo.svg, alt: T}\n")
        try "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>".write(
            to: root.appendingPathComponent("content/static/logo.svg"), atomically: true, encoding: .utf8)
        let unsafe = try build(root)
        #expect(unsafe.stderr.contains("error: content/static/logo.svg cannot be the logo: it holds a <script> element, which could run script"),
                "\(unsafe.stderr)")
    }
}
