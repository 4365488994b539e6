import Foundation
@testable import FrontMatter
@testable import SaferSiteKit
import Testing

/// Differential test: every input here is read by SaferSite's parser and by ruamel.yaml, a YAML 1.2
/// parser, through `yaml12-oracle.py`, and the two must mean the same thing. ruamel.yaml is
/// required, not optional: install it with `python3 -m pip install ruamel.yaml`.
struct YAML12OracleTests {
    static let inputs: [String] = [
        // Realistic pages and data files.
        """
        title: Community safety in Oxford
        summary: How the partnership works with residents.
        date: 2015-06-03
        weight: 10
        draft: false
        toc: true
        topics: [anti-social behaviour, domestic abuse, "drugs and alcohol"]
        district: oxford
        """,
        """
        title: ASPIRE
        figures:
          - {value: 43, label: clients supported}
          - value: 2
            unit: percent
            label: reoffended
        websites:
        - name: Cherwell District Council
          url: https://www.cherwell.gov.uk/
        """,
        """
        kind: trend
        caption: Recorded crime in Oxford
        unit: count            # count | percent | pounds
        periods: ["2013/14", "2014/15"]
        rows:
          - measure: Sexual offences
            area: Oxford
            better: lower
            values: [24, 56]
          - measure: All crime
            change: -9.5
            period: 2013/14 to 2014/15
            qualifier: nearly
        """,
        """
        kind: money
        columns: ["2014-15", "2015-16"]
        rows:
          - label: Cherwell Community Safety Partnership
            group: csp
            values: [100000, 95000]
        notes:
          - "12500.50"
          - 12500.50
        """,
        // Typed plain scalars.
        "a: [12, -12, +12, 007, 0o17, 0x1F, 0xff, 0]",
        "a: [1.5, -1.5e3, .5, +.5, 1., 1e3, 6.02E+23, -0.0]",
        "a: [.inf, -.Inf, +.INF, .NaN, .nan]",
        "a: [true, True, TRUE, false, False, FALSE]",
        "a: [null, Null, NULL, ~, ]\nb:\nc: # comment",
        "a: [yes, no, on, off, y, n, Y, N, Yes, NO]",
        "a: [0X1F, 0o18, 12:30, 190:20:30, 1e3.5, .Nan, nULL, 0bad, 2015-6-3]",
        "d: 2015-06-03\ne: 2016-02-29\nf: 2015-06-03T10:00:00Z\ng: 2015-06-03 10:00:00 +01:00",
        "d: 2015-06-03t10:00:00.25-05\ne: 2015-6-3 1:02:03\nf: 2015-06-03T10:00:00\ng: 2015-06-03T10:00:00.5 Z",
        "v: [-x, x:y, a#b, 'https://example.org/a#b', http://x.org, 1.e3, 01.5, 1e03, 0e0]\nw: ?x\nx: :x",
        "v: b, c [d] {e}\nw: text # comment\nx: -1",
        // Quoted scalars.
        #"a: 'it''s'"# + "\n" + #"b: 'back\slash'"# + "\n" + #"c: "a\tb\nc""#,
        // (Escapes that make control characters are refused by SaferSite: see QuotedScalarTests.)
        #"a: "\r\t\ \"\/\\""#,
        #"a: "\_\L\P\x41\u00e9\U0001F600""#,
        "a: \"tab\\\tescape\"\nb: \"  spaces kept  \"\nc: \"Café, Łódź 😀👍🏽\"",
        "a: \"one\n  two\"\nb: \"one   \n     two\"\nc: \"one\n\n  two\n\n\n  three\"",
        "a: 'one\n  two\n\n  three'\nb: \"one\\\n  two\"\nc: \"one \\\n  two\"",
        "\"a b\": 1\n'c: d': 2\n\"\": 3\n\"true\": 4\n'12': 5",
        // Block scalars.
        "a: |\n  one\n  two\nb: |-\n  one\n  two\nc: |+\n  one\n\n\nd: 1",
        "a: |\n  one\n    indented\n  # not a comment\n\n  after blank\n # a real comment\nb: x",
        "a: |2\n    two extra\nb: |1-\n  x\nc: |-1\n  x\nd: | # comment\n  x",
        "a: |\n  tab\tinside\n  \tleading tab\nb: |\nc: |+\n\n\nd: 1",
        "a: >\n  one\n  two\n\n  three\nb: >\n  a\n  b\n\n  c\n   d\n  e\nc: >-\n  x\n  y",
        "a: >+\n  one\n\nb: >\n\n  x\n  y\n\n\nc: 1",
        "- |\n  item\n- >-\n  folded\n  item\n- |2\n   x\n- a: |2\n     x\n  b: |\n   y",
        "a: |\n  no newline at end",
        // Block structure.
        "m:\n  a: 1\n  n:\n    b: 2\nc: 3\nz: 1\nk: 2",
        "l:\n- a\n- b\nc: 1\nd:\n  - e\n  -\n  - - f\n    - g",
        "- name: x\n  url: y\n  tags:\n  - a\n  - b\n- name: z",
        "- - a\n  - b\n- c\n- -\n-\n  a: 1",
        "a :  1\nb:\n  c:\n\n\n# comment\n  d: 2",
        "  indented: 1\n  root: 2",
        "a: one\n  two\n\n  three\nb:\n  one\n  two\nc:\n- one\n  two",
        // Flow collections.
        "t: [a, \"b, c\", 'd', [], {}]\nm: {a: 1, b: [2, 3], c: {d: e}}",
        "m: {\"a\":1, 'b':2, c: , d: }\nt: [a, b,]\nn: {a: 1,}\no: {\"a\":}",
        "t: [\n  a,  # first\n  b\n  ]\nm: {x: [b, {y: z}],\n  w: 1}",
        "t: [one\n  two, three]\nu: [\"one\n  two\"]\nv:\n  [a, b]",
        "- [a, b]\n- {c: d}\n- [2015-06-03, 1.5, true, null, ~]",
        // Non-ASCII and top-level values.
        "Café: Łódź\n😀: \"👍🏽\"\nnaïve: [é, ñ, 中文]",
        "- a\n- b",
        "[1, 2]",
        "just text\non two lines",
        "42",
        "---\na: 1",
    ]

    @Test func ruamelYAMLAgreesWithEveryAcceptedInput() throws {
        for input in Self.inputs {
            let (_, diagnostics) = FrontMatterParser.parseDocument(input, file: "oracle.yaml")
            #expect(diagnostics.isEmpty, "SaferSite refused \(input.debugDescription):\n\(describe(diagnostics))")
        }
        let answers = try Self.runOracle(Self.inputs)
        try #require(answers.count == Self.inputs.count, "the oracle answered \(answers.count) of \(Self.inputs.count) inputs")
        for (input, answer) in zip(Self.inputs, answers) {
            let (root, _) = FrontMatterParser.parseDocument(input, file: "oracle.yaml")
            let ours = JSONTree(parsing: root?.value.jsonText ?? "null")
            if let error = answer["error"] {
                Issue.record("ruamel.yaml refused \(input.debugDescription): \(error)")
                continue
            }
            #expect(ours == answer["json"], "for \(input.debugDescription): ours \(ours?.description ?? "invalid"), ruamel \(answer["json"]?.description ?? "none")")
        }
    }
}

// MARK: - Helpers

private extension YAML12OracleTests {
    static let installHint = "install the YAML 1.2 oracle with: python3 -m pip install ruamel.yaml"

    /// Runs `yaml12-oracle.py --batch` with the inputs; each answer is `{"json": ...}` or `{"error": "..."}`.
    static func runOracle(_ inputs: [String]) throws -> [JSONTree] {
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("yaml12-oracle.py")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script.path, "--batch"]
        let input = Pipe()
        let output = Pipe()
        let errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        do {
            try process.run()
        } catch {
            Issue.record("python3 could not be started (\(error)); install Python 3, then \(installHint)")
            return []
        }
        let request = FrontMatterValue.sequence(inputs.map { FrontMatterNode(.string($0), line: 0, column: 0) }).jsonText
        input.fileHandleForWriting.write(Data(request.utf8))
        try input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            Issue.record("yaml12-oracle.py failed (exit \(process.terminationStatus)): \(message)\n\(installHint)")
            return []
        }
        guard let answers = JSONTree(parsing: String(decoding: data, as: UTF8.self))?.items else {
            Issue.record("yaml12-oracle.py printed something that is not a JSON array: \(String(decoding: data, as: UTF8.self))")
            return []
        }
        return answers
    }
}
