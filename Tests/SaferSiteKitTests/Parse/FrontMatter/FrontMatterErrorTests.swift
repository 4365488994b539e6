@testable import Diagnostics
@testable import FrontMatter
@testable import SaferSiteKit
import Testing

/// Every construct outside the subset, and every malformed one, is an error with the file, the
/// line and column of the offending character, the source line, a message and a hint.
struct FrontMatterErrorTests {
    /// Front matter (between the `---` lines of a page) with `1️⃣` where the error must point.
    @Test(arguments: [
        ("a:\n1️⃣\tb: 1", FrontMatterError.tabIndentation),
        ("a: 1\n1️⃣\tb: 2", .tabIndentation),
        ("a:\n  - x\n 1️⃣\t- y", .tabIndentation),
        ("a: |\n  x\n1️⃣\t\n  y", .tabIndentation),
        ("a:1️⃣\tb", .tabSeparator),
        ("a: b1️⃣\tc", .tabSeparator),
        ("a:\n-1️⃣\tb", .tabSeparator),
        ("title: 1️⃣\u{201C}Safer nights: a plan\u{201D}", .curlyQuote("\u{201C}")),
        ("title:1️⃣\u{A0}Safer nights", .nonBreakingSpace),
        ("topics:\n1️⃣\u{A0}\u{A0}- anti-social behaviour", .nonBreakingSpace),
        ("topics:\n1️⃣\u{2013} anti-social behaviour", .wordDash("\u{2013}")),
        ("a: 1️⃣&x b", .anchor),
        ("a: 1️⃣*x", .alias),
        ("a: 1️⃣!!str 1", .tag),
        ("a: [1️⃣!x y]", .tag),
        ("1️⃣? a\n: b", .complexKey),
        ("a: {1️⃣? b}", .complexKey),
        ("a: 1\n1️⃣--- x", .secondDocument),
        ("a: 1\n1️⃣...", .documentEnd),
        ("1️⃣%YAML 1.2\na: 1", .directive),
        ("a: 1\n1️⃣a: 2", .duplicateKey("a", firstLine: 2)),
        ("m:\n  a: 1\n  b: 2\n  1️⃣a: 3", .duplicateKey("a", firstLine: 3)),
        ("a: 1\n1️⃣'a': 2", .duplicateKey("a", firstLine: 2)),
        ("m: {a: 1, 1️⃣a: 2}", .duplicateKey("a", firstLine: 2)),
        ("l:\n- x: 1\n  1️⃣x: 2", .duplicateKey("x", firstLine: 3)),
        ("a: b # c\n  1️⃣d", .badIndentation),
        ("a: [1]\n  1️⃣b: 2", .badIndentation),
        ("l:\n  - a\n    1️⃣- b", .continuationStartsWith("-")),
        ("a: b\n  1️⃣[c]", .continuationStartsWith("[")),
        ("m:\n  a: 1\n    b1️⃣: 2", .keyInContinuation),
        ("title: x\njust text1️⃣", .missingColon(after: "just text")),
        ("title: x\n\"quoted\" 1️⃣text", .missingColon(after: "quoted")),
        ("title:1️⃣value", .missingSpaceAfterColon),
        ("\"title\":1️⃣value", .missingSpaceAfterColon),
        ("1️⃣: x", .missingKey),
        ("title: \"a\"1️⃣b", .textAfterQuote),
        ("title: 'a' 1️⃣b", .textAfterQuote),
        ("tags: [a, \"b\"1️⃣c]", .textAfterQuote),
        ("tags: [a] 1️⃣b", .textAfterFlow("]")),
        ("m: {a: 1}1️⃣x", .textAfterFlow("}")),
        ("title: 1️⃣\"Hello\ndate: 2015-01-01", .unclosedQuote),
        ("title: 1️⃣'Hello", .unclosedQuote),
        ("a: 1️⃣\"x\ny\"", .unclosedQuote),
        ("tags: 1️⃣[a, b\ndate: x", .unclosedFlow("[")),
        ("tags: 1️⃣[\n  a,\n]", .unclosedFlow("[")),
        ("m: 1️⃣{a: 1", .unclosedFlow("{")),
        ("a: [b, 1️⃣, c]", .emptyFlowItem),
        ("a: [1️⃣, c]", .emptyFlowItem),
        ("a: [\"b\" 1️⃣c]", .expectedCommaOr("]")),
        ("a: {b: c d1️⃣: e}", .expectedCommaOr("}")),
        ("a: [b1️⃣: 1]", .pairInFlowList),
        ("m: {a:1️⃣}", .missingSpaceAfterColon),
        ("m: [a:1️⃣]", .missingSpaceAfterColon),
        ("m: [1️⃣?x]", .cannotStartWith("?")),
        ("m: {1️⃣:x: y}", .cannotStartWith(":")),
        ("m: {\"a\":1️⃣:1}", .cannotStartWith(":")),
        ("n: 1️⃣.5e3", .ambiguousNumber(".5e3")),
        ("n: [1️⃣-.5E-3]", .ambiguousNumber("-.5E-3")),
        ("m: {a: 1️⃣-}", .listNotAllowedHere),
        ("m: {a1️⃣}", .missingColon(after: "a")),
        ("a: 1️⃣@x", .cannotStartWith("@")),
        ("a: 1️⃣`x`", .cannotStartWith("`")),
        ("a: 1️⃣%x", .cannotStartWith("%")),
        ("a: 1️⃣, b", .cannotStartWith(",")),
        ("a: 1️⃣]", .cannotStartWith("]")),
        ("1️⃣<<: {a: 1}", .mergeKey),
        ("1️⃣2014: x", .keyNotText("2014", kind: "a whole number")),
        ("1️⃣true: x", .keyNotText("true", kind: "true or false")),
        ("1️⃣~: x", .keyNotText("~", kind: "nothing (null)")),
        ("m: {1️⃣1.5: x}", .keyNotText("1.5", kind: "a number")),
        ("1️⃣\"a\n b\": 1", .multiLineKey),
        ("[a]1️⃣: b", .collectionKey),
        ("x: 1\n1️⃣{a: 1}: b", .collectionKey),
        ("title: Part 11️⃣: Intro", .nestedKeyOnLine),
        ("a: \"b\"1️⃣: c", .nestedKeyOnLine),
        ("a: 1️⃣- b", .listNotAllowedHere),
        ("a: [1️⃣- b]", .listNotAllowedHere),
        ("a: 1\n1️⃣- b", .listItemInMap),
        ("n: 1️⃣99999999999999999999", .integerTooLarge("99999999999999999999")),
        ("n: 1️⃣0x1FFFFFFFFFFFFFFFF", .integerTooLarge("0x1FFFFFFFFFFFFFFFF")),
        ("n: 1️⃣1e400", .numberTooLarge("1e400")),
        ("n: 1️⃣1_000", .ambiguousNumber("1_000")),
        ("n: 1️⃣0b101", .ambiguousNumber("0b101")),
        ("n: 1️⃣-0x1F", .ambiguousNumber("-0x1F")),
        ("n: 1️⃣+0o17", .ambiguousNumber("+0o17")),
        ("date: 1️⃣2015-02-30", .invalidDate("2015-02-30")),
        ("date: 1️⃣2015-13-01", .invalidDate("2015-13-01")),
        ("date: 1️⃣2015-02-29", .invalidDate("2015-02-29")),
        ("date: 1️⃣2015-06-03T24:00:00Z", .invalidDate("2015-06-03T24:00:00Z")),
        ("date: 1️⃣2015-06-03 10:61:00", .invalidDate("2015-06-03 10:61:00")),
        ("a: \"x1️⃣\\qy\"", .invalidEscape),
        ("a: \"1️⃣\\x4\"", .invalidEscape),
        ("a: \"1️⃣\\uD800\"", .invalidEscape),
        ("a: |1️⃣x", .invalidBlockHeader),
        ("a: >1️⃣0\n  x", .invalidBlockHeader),
        ("a: |-1️⃣-\n  x", .invalidBlockHeader),
        ("a: |\n1️⃣    \n  x", .blankLineSpaces),
        ("a: |\n1️⃣ \n  x", .blankLineSpaces),
        ("a: 1\n1️⃣\t\nb: 2", .tabIndentation),
        ("a: 1\n  1️⃣\t\nb: 2", .tabIndentation),
        ("a: x\n1️⃣\t\n  y", .tabIndentation),
        ("a: [x,\n1️⃣\t\n  y]", .tabIndentation),
        ("  a: 1\n1️⃣b: 2", .unexpectedContent),
        ("1️⃣- a\n- b", .notAMapping),
        ("just a sentence1️⃣", .missingColon(after: "just a sentence")),
        ("1️⃣[a, b]", .notAMapping),
        ("a: x1️⃣\u{1}", .invalidCharacter("\u{1}")),
        ("a: x1️⃣\u{7F}", .invalidCharacter("\u{7F}")),
        ("a: x1️⃣\u{85}y", .invalidCharacter("\u{85}")),
        ("date: 1️⃣0000-01-01", .invalidDate("0000-01-01")),
        // Columns count characters: é written as one or as two code points, emoji with modifiers.
        ("city: Łódź\nname: \"Café\" 1️⃣x", .textAfterQuote),
        ("name: \"Cafe\u{301}\" 1️⃣x", .textAfterQuote),
        ("t: \"😀👍🏽\" 1️⃣x", .textAfterQuote),
    ])
    func errorPointsAtTheOffendingCharacter(_ frontMatter: String, _ expected: FrontMatterError) throws {
        let marked = MarkedText("---\n" + frontMatter + "\n---\nBody\n")
        let page = FrontMatterParser.parsePage(marked.text, file: "content/page.md")
        let diagnostic = try #require(page.diagnostics.first, "no error for \(marked.text.debugDescription)")
        #expect(diagnostic.message == expected.message, "\(describe(page.diagnostics))")
        #expect(diagnostic.hint == expected.hint)
        #expect(diagnostic.severity == .error)
        #expect(diagnostic.location == SourceLocation(file: "content/page.md", line: marked.line, column: marked.column),
                "\(describe(page.diagnostics))")
        let lines = marked.text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(diagnostic.sourceLine == String(lines[marked.line - 1]))
    }

    /// Data files: the same rules, with lines counted from the file's first line.
    @Test(arguments: [
        ("a: 1\n1️⃣---\nb: 2", FrontMatterError.secondDocument),
        ("---\na: 1\n1️⃣---", .secondDocument),
        ("|1️⃣2\n  x", .indentDigitAtTop),
        ("a: 1\nb1️⃣", .missingColon(after: "b")),
        ("- a\n1️⃣b: 1", .unexpectedContent),
    ])
    func documentErrorPointsAtTheOffendingCharacter(_ document: String, _ expected: FrontMatterError) throws {
        let marked = MarkedText(document)
        let (_, diagnostics) = FrontMatterParser.parseDocument(marked.text, file: "content/_data/x.yaml")
        let diagnostic = try #require(diagnostics.first)
        #expect(diagnostic.message == expected.message, "\(describe(diagnostics))")
        #expect((diagnostic.location.line, diagnostic.location.column) == (marked.line, marked.column), "\(describe(diagnostics))")
    }

    @Test(arguments: [
        String(repeating: "[", count: 5000) + String(repeating: "]", count: 5000),
        String(repeating: "- ", count: 5000) + "x",
        (0..<150).map { String(repeating: " ", count: $0) + "k:" }.joined(separator: "\n"),
    ])
    func deepNestingIsRefusedNotACrash(_ document: String) throws {
        let (_, diagnostics) = FrontMatterParser.parseDocument(document, file: "deep.yaml")
        #expect(diagnostics.first?.message == FrontMatterError.tooDeep.message)
    }

    @Test("front matter without its closing line is an error where the line was expected: the first line that is not front matter",
          arguments: [("---\ntitle: x\n\nSome text\n", 3), ("---\ntitle: x\nsummary: y\n## What it does\n", 4),
                      ("---\ntitle: x\n", 3)])
    func unclosedFrontMatterPointsWhereTheLineWasExpected(_ text: String, line: Int) throws {
        let page = FrontMatterParser.parsePage(text, file: "p.md")
        let diagnostic = try #require(page.diagnostics.first)
        #expect(diagnostic.message == FrontMatterError.unclosedFrontMatter.message)
        #expect(diagnostic.hint == FrontMatterError.unclosedFrontMatter.hint)
        #expect((diagnostic.location.line, diagnostic.location.column) == (line, 1))
        #expect(page.frontMatter.isEmpty)
        #expect(page.hasFrontMatter)
    }

    @Test func severalErrorsAreCollectedAndGoodEntriesKept() {
        let page = FrontMatterParser.parsePage(
            "---\na: &x 1\nb: *x\ntitle: ok\nc: \"unclosed\n  d: 2\ne:\n  - f\n\t- g\nlast: 1\n---\n", file: "p.md")
        let lines = page.diagnostics.map(\.location.line)
        #expect(lines == [2, 3, 5, 9], "\(describe(page.diagnostics))")
        #expect(page.frontMatter.map(\.key) == ["title", "e", "last"])
    }

    @Test func aValueWithAnErrorIsLeftOutNotGuessed() {
        let page = FrontMatterParser.parsePage("---\ndate: 2015-02-30\ntitle: x\n---\n", file: "p.md")
        #expect(page.diagnostics.count == 1)
        #expect(page.frontMatter.map(\.key) == ["title"])
    }

    @Test func messagesAreFormattedLikeACompiler() {
        let page = FrontMatterParser.parsePage("---\ntitle: x\n\tdate: 2015-06-03\n---\n", file: "content/about.md")
        #expect(DiagnosticFormatter().format(page.diagnostics) == """
            content/about.md:3:1: error: a tab is used to indent this line
                 date: 2015-06-03
                ^
              hint: indent with spaces; YAML does not allow tabs

            """)
    }
}
