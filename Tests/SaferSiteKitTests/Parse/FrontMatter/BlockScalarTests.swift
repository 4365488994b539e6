@testable import FrontMatter
@testable import SaferSiteKit
import Testing

/// Literal `|` and folded `>` block scalars with chomping and indentation indicators.
struct BlockScalarTests {
    @Test(arguments: [
        ("v: |\n  one\n  two\n", #"{"v":"one\ntwo\n"}"#),
        ("v: |-\n  one\n  two\n", #"{"v":"one\ntwo"}"#),
        ("v: |+\n  one\n\n\nw: 1\n", #"{"v":"one\n\n\n","w":1}"#),
        ("v: |\n  one\n\n\nw: 1\n", #"{"v":"one\n","w":1}"#),
        ("v: |\n  one\n    indented\n  # not a comment\n", #"{"v":"one\n  indented\n# not a comment\n"}"#),
        ("v: |\n\n  after blank\n", #"{"v":"\nafter blank\n"}"#),
        ("v: |\n  \n  after blank\n", #"{"v":"\nafter blank\n"}"#),
        ("v: |\n  x\n  \t\n  y\n", #"{"v":"x\n\t\ny\n"}"#),
        ("v: |+\n    \n  \nw: 1\n", #"{"v":"\n\n","w":1}"#),
        ("v: |\n  x\n # a comment ends it\nw: 1\n", #"{"v":"x\n","w":1}"#),
        ("v: |\n  no newline at end", #"{"v":"no newline at end"}"#),
        ("v: |2\n    two extra\n", #"{"v":"  two extra\n"}"#),
        ("v: |1-\n  x\n", #"{"v":" x"}"#),
        ("v: |-1\n  x\n", #"{"v":" x"}"#),
        ("v: | # comment\n  x\n", #"{"v":"x\n"}"#),
        ("v: |\n  tab\tinside\n  \tleading tab\n", #"{"v":"tab\tinside\n\tleading tab\n"}"#),
        ("v: |\nw: 1\n", #"{"v":"","w":1}"#),
        ("v: |+\n\n\nw: 1\n", #"{"v":"\n\n","w":1}"#),
        ("v: >\n  one\n  two\n\n  three\n", #"{"v":"one two\nthree\n"}"#),
        ("v: >\n  a\n  b\n\n  c\n   d\n  e\n", #"{"v":"a b\nc\n d\ne\n"}"#),
        ("v: >-\n  one\n  two\n", #"{"v":"one two"}"#),
        ("v: >+\n  one\n\n", #"{"v":"one\n\n"}"#),
        ("v: >\n\n  x\n  y\n\n\n", #"{"v":"\nx y\n"}"#),
        ("v:\n  |\n  under the key\n", #"{"v":"under the key\n"}"#),
        ("- |\n  item\n- >-\n  folded\n  item\n", #"["item\n","folded item"]"#),
        ("- |2\n   x\n", #"[" x\n"]"#),
        ("- a: |2\n     x\n", #"[{"a":" x\n"}]"#),
        ("- a: |\n   x\n  b: 1\n", #"[{"a":"x\n","b":1}]"#),
        ("v: |\n  Café\n  Łódź 😀\n", #"{"v":"Café\nŁódź 😀\n"}"#),
    ])
    func blockScalarsFollowYAML(_ yaml: String, _ json: String) {
        let result = documentJSON(yaml)
        #expect(result.json == json, "\(describe(result.diagnostics))")
    }

    @Test func keepChompingKeepsBlankLinesBeforeTheClosingFence() {
        let page = FrontMatterParser.parsePage("---\nv: |+\n  x\n\n---\nBody\n", file: "p.md")
        #expect(page.frontMatter.first?.value.value == .string("x\n\n"))
    }
}
