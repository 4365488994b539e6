@testable import FrontMatter
@testable import SaferSiteKit
import Testing
import TextSupport

/// `jsonText`: compact JSON, keys in written order, safe to embed in HTML.
struct JSONTextTests {
    @Test(arguments: [
        (FrontMatterValue.null, "null"),
        (.bool(true), "true"),
        (.int(-42), "-42"),
        (.float(1.5, literal: "1.50"), "1.5"),
        (.float(1000, literal: "1e3"), "1000.0"),
        (.float(1e-7, literal: "1e-7"), "1e-07"),
        (.float(.infinity, literal: ".inf"), #"".inf""#),
        (.float(-.infinity, literal: "-.inf"), #""-.inf""#),
        (.float(.nan, literal: ".nan"), #"".nan""#),
        (.string("plain"), #""plain""#),
        (.string("q\"b\\s/"), #""q\"b\\s/""#),
        (.string("\n\r\t\u{8}\u{C}\u{1}\u{1F}"), #""\n\r\t\b\f\u0001\u001f""#),
        (.string("</script><b>&amp;"), #""\u003c/script\u003e\u003cb\u003e\u0026amp;""#),
        (.string("\u{2028}\u{2029}"), #""\u2028\u2029""#),
        (.string("Café Łódź 😀👍🏽"), #""Café Łódź 😀👍🏽""#),
        (.date(FrontMatterDate(year: 2015, month: 6, day: 3)), #""2015-06-03""#),
        (.date(FrontMatterDate(year: 2015, month: 6, day: 3, time: .init(hour: 10, minute: 0, second: 0, offsetMinutes: 60))),
         #""2015-06-03T10:00:00+01:00""#),
        (.sequence([]), "[]"),
        (.mapping([]), "{}"),
    ])
    func valuesAsJSON(_ value: FrontMatterValue, _ json: String) {
        #expect(value.jsonText == json)
    }

    @Test func mapsKeepWrittenOrderAndNest() {
        let (root, diagnostics) = FrontMatterParser.parseDocument(
            "z: 1\na:\n  - {y: [true, null], x: \"<&>\"}\nm: 2015-06-03\n", file: "d.yaml")
        #expect(diagnostics.isEmpty)
        #expect(root?.value.jsonText == #"{"z":1,"a":[{"y":[true,null],"x":"\u003c\u0026\u003e"}],"m":"2015-06-03"}"#)
    }

    @Test func jsonTextIsValidJSON() {
        let value = FrontMatterValue.mapping([
            FrontMatterEntry(key: "k\"<", line: 1, column: 1, value: FrontMatterNode(.string("\u{0}\u{7F}\u{85}"), line: 1, column: 1)),
        ])
        #expect(JSONTree(parsing: value.jsonText) == .object([("k\"<", .string("\u{0}\u{7F}\u{85}"))]))
    }

    @Test("the byte check that lets most text skip escaping lets through no character that must be escaped")
    func fastPathMissesNothing() {
        var mustEscape = 0
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value), JSONText.mustEscape(scalar) else { continue }
            mustEscape += 1
            let lead = String(scalar).utf8.first!
            #expect(JSONText.mayNeedEscape(lead), "U+\(String(value, radix: 16, uppercase: true)) starts with \(lead)")
            #expect(JSONText.quoted(String(scalar)) != "\"" + String(scalar) + "\"")
        }
        #expect(mustEscape > 40)
    }
}
