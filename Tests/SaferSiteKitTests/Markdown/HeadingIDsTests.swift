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
