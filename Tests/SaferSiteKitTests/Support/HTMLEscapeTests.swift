@testable import SaferSiteKit
import Testing
import TextSupport

@Suite("HTML escaping")
struct HTMLEscapeTests {
    @Test("escapes the five characters that can make markup, and nothing else", arguments: [
        ("Safer streets in Banbury", "Safer streets in Banbury"),
        ("Café – £50,000 “grant”", "Café – £50,000 “grant”"),
        ("<script>alert('x')</script>", "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"),
        ("Fish & chips \"night\"", "Fish &amp; chips &quot;night&quot;"),
        ("é<é", "é&lt;é"),
        ("", ""),
    ])
    func escapes(text: String, expected: String) {
        #expect(HTMLEscape.text(text) == expected)
        #expect(HTMLEscape.attribute(text) == expected)
    }
}
