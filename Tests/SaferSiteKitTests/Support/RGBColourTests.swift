@testable import SaferSiteKit
import Testing

@Suite("Colour contrast (WCAG 2.2)")
struct RGBColourTests {
    @Test("colours are read as #rrggbb or #rgb, in either case, and nothing else", arguments: [
        ("#0b4150", "#0b4150"), ("#0B4150", "#0b4150"), ("#abc", "#aabbcc"), (" #fff ", "#ffffff"),
    ])
    func reads(_ written: String, _ hex: String) {
        #expect(RGBColour(hex: written)?.hex == hex)
    }

    @Test("anything else is not a colour", arguments: ["0b4150", "#0b415", "#0b41500", "#12345g", "", "#", "red", "rgb(0,0,0)"])
    func refuses(_ written: String) {
        #expect(RGBColour(hex: written) == nil)
    }

    @Test("contrast ratios match the published values", arguments: [
        ("#777777", "#ffffff", "4.48"), ("#767676", "#ffffff", "4.54"), ("#000000", "#ffffff", "21.00"),
        ("#ffffff", "#ffffff", "1.00"), ("#1d70b8", "#ffffff", "5.17"), ("#0b0c0c", "#ffffff", "19.59"),
    ])
    func ratios(_ a: String, _ b: String, _ expected: String) throws {
        let ratio = RGBColour.contrast(try #require(RGBColour(hex: a)), try #require(RGBColour(hex: b)))
        #expect(RGBColour.ratioText(ratio) == expected)
        #expect(RGBColour.contrast(try #require(RGBColour(hex: b)), try #require(RGBColour(hex: a))) == ratio)
    }

    @Test("a ratio just short of the threshold never reads as meeting it")
    func roundingNeverPasses() {
        #expect(RGBColour.ratioText(4.4997, below: 4.5) == "4.49")
        #expect(RGBColour.ratioText(4.4781, below: 4.5) == "4.48")
        #expect(RGBColour.ratioText(4.4997) == "4.50")
    }

    @Test("the nearest passing shade keeps the hue, moves the lightness least, and passes")
    func nearestShade() throws {
        let grey = try #require(RGBColour(hex: "#777777"))
        #expect(grey.nearestPassingShade(against: .white, ratio: 4.5)?.hex == "#767676")
        let yellow = try #require(RGBColour(hex: "#ffdd00"))
        let shade = try #require(yellow.nearestPassingShade(against: .white, ratio: 4.5))
        #expect(RGBColour.contrast(shade, .white) >= 4.5)
        // Same hue: red highest, blue nothing, red to green as in #ffdd00 (221/255).
        #expect(shade.blue == 0 && shade.red > shade.green && abs(Double(shade.green) / Double(shade.red) - 221.0 / 255) < 0.02)
        // One step lighter fails: it is the nearest.
        let lighter = RGBColour(red: shade.red + 1, green: shade.green + 1, blue: 0)
        #expect(RGBColour.contrast(lighter, .white) < 4.5)
        #expect(try #require(RGBColour(hex: "#0b4150")).nearestPassingShade(against: .white, ratio: 4.5) == nil)
    }

    @Test("a shade for several pairs passes them all")
    func severalPairs() throws {
        let brand = try #require(RGBColour(hex: "#ffdd00"))
        let others: [(colour: RGBColour, ratio: Double)] = [(.white, 4.5), (try #require(RGBColour(hex: "#ffdd00")), 3)]
        let shade = try #require(brand.nearestPassingShade(against: others))
        #expect(others.allSatisfy { RGBColour.contrast(shade, $0.colour) >= $0.ratio })
    }
}
