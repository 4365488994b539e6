@testable import SaferSiteKit
import Testing

@Suite("Heading ids")
struct HeadingIDsTests {
    @Test("slugs", arguments: [
        ("Who we are", "who-we-are"), ("2015-16 priorities", "2015-16-priorities"), ("  Trim me!  ", "trim-me"),
        ("Crime & disorder", "crime-disorder"), ("Łódź", "łódź"), ("???", "section"), ("ASPIRE's outcomes", "aspire-s-outcomes"),
    ])
    func slugs(text: String, expected: String) {
        #expect(HeadingIDs.slug(text) == expected)
    }

    @Test("repeated headings get -2, -3")
    func repeats() {
        var ids = HeadingIDs()
        #expect([ids.id(for: "A"), ids.id(for: "A"), ids.id(for: "A"), ids.id(for: "a-2")] == ["a", "a-2", "a-3", "a-2-2"])
    }
}

@Suite("Slugs of ASCII text by bytes")
struct ASCIISlugTests {
    @Test("agree with slugs by characters on 3,000 random ASCII texts")
    func againstCharacters() {
        var generator = SeededGenerator(seed: 11)
        let alphabet = Array("aZz09 -_.,!?'\"/\t\r\n&()AM@[\\`{:~\u{7F}\u{01}\u{1F}").map(String.init) + ["\r\n", "  ", "Crime"]
        for _ in 0..<3_000 {
            let text = (0..<Int.random(in: 0...12, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }.joined()
            #expect(HeadingIDs.asciiSlug(text) == HeadingIDs.unicodeSlug(text), "\(text.debugDescription)")
        }
    }
}
