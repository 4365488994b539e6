@testable import SaferSiteKit
import Testing
import TextSupport

@Suite("Edit distance")
struct EditDistanceTests {
    @Test("counts insertions, deletions and changes, in characters", arguments: [
        ("review_by", "review_by", 0),
        ("reveiw_by", "review_by", 2),
        ("titel", "title", 2),
        ("tags", "toc", 3),
        ("", "date", 4),
        ("summary", "", 7),
        // Beyond ASCII: a character is one step, however many bytes or scalars it takes.
        ("café", "cafe", 1),
        ("cafe\u{301}", "café", 0),
        ("priorité", "priority", 1),
    ])
    func distance(a: String, b: String, expected: Int) {
        #expect(EditDistance.between(a, b) == expected)
        #expect(EditDistance.between(b, a) == expected)
    }
}
