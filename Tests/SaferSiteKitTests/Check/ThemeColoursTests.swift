@testable import SaferSiteKit
import Foundation
import Testing

@Suite("The theme's colours")
struct ThemeColoursTests {
    static let stylesheet = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("theme/static/css/site.css")

    func theme() throws -> ThemeColours {
        ThemeColours(stylesheet: SourceFile(path: "theme/static/css/site.css", kind: .themeStatic, data: try Data(contentsOf: Self.stylesheet)))
    }

    @Test("every colour variable of the default theme's :root is a setting, by its name with _ for -")
    func settings() throws {
        #expect(Set(try theme().defaults.keys) == ["text", "secondary_text", "link", "link_visited", "link_hover", "focus", "brand",
                                                   "brand_text", "brand_stripe", "border", "panel"])
    }

    @Test("the default theme's own colours pass every pair the contrast check holds them to")
    func defaultsPass() throws {
        let colours = try theme().defaults
        for pair in ThemeColourPair.all {
            let front = try #require(colours[pair.foreground])
            let back = pair.background == ThemeColourPair.page ? RGBColour.white : try #require(colours[pair.background])
            #expect(RGBColour.contrast(front, back) >= pair.minimum, "\(pair.foreground) on \(pair.background)")
        }
    }

    @Test("a stylesheet without :root colours gives none; non-colour variables are left out")
    func others() {
        let sheet = SourceFile(path: "theme/static/css/site.css", kind: .themeStatic, data: Data(":root { --width: 64rem; --brand: #123; }".utf8))
        #expect(ThemeColours(stylesheet: sheet).defaults == ["brand": RGBColour(red: 0x11, green: 0x22, blue: 0x33)])
        #expect(ThemeColours(stylesheet: nil).defaults.isEmpty)
    }
}
