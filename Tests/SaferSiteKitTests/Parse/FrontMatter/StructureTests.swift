@testable import FrontMatter
@testable import SaferSiteKit
import Testing

/// Block maps and lists nested by indentation, flow collections, comments and multi-line plain text.
struct StructureTests {
    @Test(arguments: [
        ("a: 1\nb: two", #"{"a":1,"b":"two"}"#),
        ("z: 1\na: 2\nm: 3", #"{"z":1,"a":2,"m":3}"#),
        ("m:\n  a: 1\n  n:\n    b: 2\nc: 3", #"{"m":{"a":1,"n":{"b":2}},"c":3}"#),
        ("l:\n  - a\n  - b", #"{"l":["a","b"]}"#),
        ("l:\n- a\n- b\nc: 1", #"{"l":["a","b"],"c":1}"#),
        ("- name: x\n  url: y\n- name: z", #"[{"name":"x","url":"y"},{"name":"z"}]"#),
        ("- - a\n  - b\n- c", #"[["a","b"],"c"]"#),
        ("- -", #"[[null]]"#),
        ("-\n  a: 1\n-\n- x", #"[{"a":1},null,"x"]"#),
        ("- a: 1\n  l:\n  - x\n  - y\n- b: 2", #"[{"a":1,"l":["x","y"]},{"b":2}]"#),
        ("a:\nb:\n  c:", #"{"a":null,"b":{"c":null}}"#),
        ("a :  1", #"{"a":1}"#),
        ("  indented: 1\n  root: 2", #"{"indented":1,"root":2}"#),
        // Comments and blank lines.
        ("# top\na: 1 # after\n\n  # indented comment\nb: # before value\n  c: 2\n# end", #"{"a":1,"b":{"c":2}}"#),
        // Multi-line plain scalars fold like YAML.
        ("a: one\n  two\n\n  three\nb: 1", #"{"a":"one two\nthree","b":1}"#),
        ("a:\n  one\n  two", #"{"a":"one two"}"#),
        ("- one\n  two\n- three", #"["one two","three"]"#),
        ("a: one # comment\nb: 2", #"{"a":"one","b":2}"#),
        // Flow collections.
        ("t: [a, \"b, c\", 'd']", #"{"t":["a","b, c","d"]}"#),
        ("t: []\nm: {}", #"{"t":[],"m":{}}"#),
        ("t: [1, 2.5, true, null, 2015-06-03, ~]", #"{"t":[1,2.5,true,null,"2015-06-03",null]}"#),
        ("m: {a: 1, b: [2, 3]}", #"{"m":{"a":1,"b":[2,3]}}"#),
        ("m: {a: {b: {c: [d]}}}", #"{"m":{"a":{"b":{"c":["d"]}}}}"#),
        ("m: {\"a\":1, 'b':2}", #"{"m":{"a":1,"b":2}}"#),
        ("m: {a: , b: }", #"{"m":{"a":null,"b":null}}"#),
        ("m: {\"a\":}", #"{"m":{"a":null}}"#),
        ("t: [a, b,]\nm: {a: 1,}", #"{"t":["a","b"],"m":{"a":1}}"#),
        ("t: [a:b, http://x.org, -1, -x, 1.e3]", #"{"t":["a:b","http://x.org",-1,"-x",1000.0]}"#),
        ("t: [\n  a,  # first\n  b\n  ]", #"{"t":["a","b"]}"#),
        ("m: {x: [b, {y: z}],\n  w: 1}", #"{"m":{"x":["b",{"y":"z"}],"w":1}}"#),
        ("t: [one\n  two, three]", #"{"t":["one two","three"]}"#),
        ("t: [\"one\n  two\"]", #"{"t":["one two"]}"#),
        ("t:\n  [a, b]", #"{"t":["a","b"]}"#),
        ("- [a, b]\n- {c: d}", #"[["a","b"],{"c":"d"}]"#),
        ("figures:\n  - {value: 43, label: clients supported}", #"{"figures":[{"value":43,"label":"clients supported"}]}"#),
        // Non-ASCII keys and values.
        ("Café: Łódź\n😀: \"👍🏽\"", #"{"Café":"Łódź","😀":"👍🏽"}"#),
        // Top-level values other than a map in a data file.
        ("- a\n- b", #"["a","b"]"#),
        ("[1, 2]", #"[1,2]"#),
        ("just text\non two lines", #""just text on two lines""#),
        ("42", #"42"#),
        ("", #"null"#),
        ("# only a comment\n", #"null"#),
        ("---\na: 1", #"{"a":1}"#),
    ])
    func structuresNestAsYAMLDoes(_ yaml: String, _ json: String) {
        let result = documentJSON(yaml)
        #expect(result.json == json, "\(describe(result.diagnostics))")
    }

    @Test func nodesRecordFileLinesAndCharacterColumns() throws {
        let page = FrontMatterParser.parsePage("---\ntitle: Café\nm: {é: 1, 😀: 2}\nl:\n  - x\n---\n", file: "p.md")
        #expect(page.diagnostics.isEmpty)
        let title = try #require(page.frontMatter.first)
        #expect((title.key, title.line, title.column) == ("title", 2, 1))
        #expect((title.value.line, title.value.column) == (2, 8))
        guard case .mapping(let flow) = page.frontMatter[1].value.value else {
            Issue.record("m is not a map")
            return
        }
        #expect((flow[1].key, flow[1].line, flow[1].column) == ("😀", 3, 11))
        #expect((flow[1].value.line, flow[1].value.column) == (3, 14))
        guard case .sequence(let items) = page.frontMatter[2].value.value else {
            Issue.record("l is not a list")
            return
        }
        #expect((items[0].line, items[0].column) == (5, 5))
    }
}
