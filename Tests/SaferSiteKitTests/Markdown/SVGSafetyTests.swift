@testable import SaferSiteKit
import Testing

@Suite("SVG files that could run script")
struct SVGSafetyTests {
    static let open = "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\">"

    @Test("a plain drawing, with a style sheet and a use of its own shapes, is safe")
    func safe() {
        let svg = Self.open + "<style>.a{fill:#0b4150}</style><defs><path id=\"p\" d=\"M0 0h1\"/></defs><use href=\"#p\"/><text>Safer</text></svg>"
        #expect(HTMLSanitizer.scriptablePart(ofSVG: Array(svg.utf8)) == nil)
    }

    @Test("what could run script or load another file is named", arguments: [
        ("<script>alert(1)</script>", "a <script> element"),
        ("<rect onclick=\"alert(1)\"/>", "an 'onclick' attribute"),
        ("<a xlink:href=\"javascript:alert(1)\"><text>x</text></a>", "a javascript: address"),
        ("<foreignObject><div/></foreignObject>", "a <foreignobject> element"),
        ("<use href=\"other.svg#x\"/>", "a <use> of another file"),
        ("<set attributeName=\"href\" to=\"javascript:alert(1)\"/>", "a <set> element"),
    ])
    func unsafe(_ inside: String, _ named: String) {
        #expect(HTMLSanitizer.scriptablePart(ofSVG: Array((Self.open + inside + "</svg>").utf8)) == named)
    }

    @Test("a file that is not SVG is not taken as a safe one")
    func notSVG() {
        #expect(HTMLSanitizer.scriptablePart(ofSVG: Array("<svg><g></svg>".utf8)) == "text that is not well-formed SVG")
        #expect(HTMLSanitizer.scriptablePart(ofSVG: Array("<html/>".utf8)) == "no <svg> element around it all")
        #expect(HTMLSanitizer.scriptablePart(ofSVG: []) == "text that is not well-formed SVG")
    }
}
