import Testing
@testable import SaferSiteKit

/// Single- and double-quoted scalars: escapes and line folding.
struct QuotedScalarTests {
    @Test(arguments: [
        (#"v: 'it''s'"#, #"{"v":"it's"}"#),
        (#"v: 'back\slash'"#, #"{"v":"back\\slash"}"#),
        (#"v: "a\tb\nc""#, #"{"v":"a\tb\nc"}"#),
        (#"v: "\0\a\b\v\f\r\e""#, #"{"v":"\u0000\u0007\b\u000b\f\r\u001b"}"#),
        (#"v: "\ \"\/\\""#, #"{"v":" \"/\\"}"#),
        (#"v: "\N\_\L\P""#, "{\"v\":\"\u{85}\u{A0}\\u2028\\u2029\"}"),
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
    ])
    func quotedScalarsDecodeAndFold(_ yaml: String, _ json: String) {
        let result = documentJSON(yaml)
        #expect(result.json == json, "\(describe(result.diagnostics))")
    }
}
