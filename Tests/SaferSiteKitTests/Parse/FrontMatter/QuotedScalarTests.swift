@testable import FrontMatter
@testable import SaferSiteKit
import Testing

/// Single- and double-quoted scalars: escapes and line folding.
struct QuotedScalarTests {
    @Test(arguments: [
        (#"v: 'it''s'"#, #"{"v":"it's"}"#),
        (#"v: 'back\slash'"#, #"{"v":"back\\slash"}"#),
        (#"v: "a\tb\nc""#, #"{"v":"a\tb\nc"}"#),
        // Escapes that make other control characters (\0, \a, \b, \v, \f, \e, \N, \x01) are
        // refused: a web page cannot show them (see `controlEscapesRefused`).
        (#"v: "\r\t""#, #"{"v":"\r\t"}"#),
        (#"v: "\ \"\/\\""#, #"{"v":" \"/\\"}"#),
        (#"v: "\_\L\P""#, "{\"v\":\"\u{A0}\\u2028\\u2029\"}"),
        (#"v: "\x41\u00e9\U0001F600""#, #"{"v":"Aé😀"}"#),
        ("v: \"tab\\\tescape\"", #"{"v":"tab\tescape"}"#),
        ("v: \"  spaces kept  \"", #"{"v":"  spaces kept  "}"#),
        ("v: \"Café, Łódź 😀\"", #"{"v":"Café, Łódź 😀"}"#),
        // Folding: one break is a space, each blank line a line break, edge whitespace dropped.
        ("v: \"one\n  two\"", #"{"v":"one two"}"#),
        ("v: \"one   \n     two\"", #"{"v":"one two"}"#),
        ("v: \"one\n\n  two\n\n\n  three\"", #"{"v":"one\ntwo\n\nthree"}"#),
        ("v: 'one\n  two\n\n  three'", #"{"v":"one two\nthree"}"#),
        ("v: \"one\\\n  two\"", #"{"v":"onetwo"}"#),
        ("v: \"one \\\n  two\"", #"{"v":"one two"}"#),
        ("v: \"trailing escape\\t\n  x\"", #"{"v":"trailing escape\t x"}"#),
        ("v: \"x\n  \"", #"{"v":"x "}"#),
        ("- \"one\n  two\"\n- b", #"["one two","b"]"#),
        // Quoted keys.
        ("\"a b\": 1\n'c: d': 2\n\"\": 3", #"{"a b":1,"c: d":2,"":3}"#),
        ("\"true\": 1\n'12': 2", #"{"true":1,"12":2}"#),
        ("v: 'x' # comment", #"{"v":"x"}"#),
        // Where a one-line value ends, and what follows it.
        ("v: \"x\" # comment\nw: 'y'", #"{"v":"x","w":"y"}"#),
        ("v: [\"a\", 'b', \"c\\td\", 'e''f']", #"{"v":["a","b","c\td","e'f"]}"#),
        ("v: {\"k\": 'it''s', 'l': \"m\"}", #"{"v":{"k":"it's","l":"m"}}"#),
        ("v: 'a''' ", #"{"v":"a'"}"#),
    ])
    func quotedScalarsDecodeAndFold(_ yaml: String, _ json: String) {
        let result = documentJSON(yaml)
        #expect(result.json == json, "\(describe(result.diagnostics))")
    }

    @Test("an escape that makes a control character is refused at its backslash",
          arguments: [#"\0"#, #"\a"#, #"\b"#, #"\v"#, #"\f"#, #"\e"#, #"\N"#, #"\x01"#, #"\x7F"#, #"\u009B"#])
    func controlEscapesRefused(_ escape: String) {
        let result = documentJSON("v: \"ab\(escape)\"")
        #expect(result.json == nil)
        #expect(result.diagnostics.map(\.message).contains { $0.hasPrefix("this escape makes an invisible control character") })
        #expect(result.diagnostics.first?.location.column == 7)
    }

    @Test("a quoted value on one line without escapes reads as written, whatever its characters")
    func oneLineValuesReadAsWritten() throws {
        // The one-line fast path takes the text between the quotes as it is: check it against
        // the value itself, in both quote styles, over spaces, tabs and non-ASCII text.
        let pieces = ["a", "Z", "9", " ", "  ", "\t", "é", "e\u{301}", "Łódź", "😀", "👩‍👩‍👧", ":", "#", "-", ",", "[", "{", "}", "%", "&"]
        var generator = SeededGenerator(seed: 22)
        for _ in 0..<300 {
            let value = (0..<Int.random(in: 0...12, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            for quote in ["\"", "'"] {
                let (root, diagnostics) = FrontMatterParser.parseDocument("v: \(quote)\(value)\(quote)\n", file: "data.yaml")
                #expect(!diagnostics.hasErrors, "\(value.debugDescription): \(describe(diagnostics))")
                #expect(root?.value["v"]?.value.stringValue == value, "\(quote)\(value.debugDescription)\(quote)")
            }
        }
    }
}
