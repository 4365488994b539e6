import Testing
@testable import SaferSiteKit

@Suite("Text helpers")
struct StringHelpersTests {
    @Test("trimmed", arguments: [
        ("  a b  ", "a b"), ("\n\t x\r\n", "x"), ("\u{00A0}Café\u{2003}", "Café"), ("e\u{0301} ", "e\u{0301}"),
        ("   ", ""), ("", ""), ("x", "x"),
    ])
    func trimmed(text: String, expected: String) {
        #expect(text.trimmed() == expected)
        #expect(Substring(text).trimmed() == expected)
    }

    @Test("split at white space", arguments: [
        ("a  b\tc\nd", ["a", "b", "c", "d"]), ("  lead and trail  ", ["lead", "and", "trail"]),
        ("no\u{00A0}break", ["no", "break"]), ("", []),
    ])
    func whitespaceSeparated(text: String, expected: [String]) {
        #expect(text.whitespaceSeparated().map(String.init) == expected)
    }
}
