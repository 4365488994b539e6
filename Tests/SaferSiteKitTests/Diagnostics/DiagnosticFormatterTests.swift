@testable import Diagnostics
@testable import SaferSiteKit
import Testing

@Suite("Printing diagnostics")
struct DiagnosticFormatterTests {
    @Test("compiler style: location, severity, message, the line, a caret under the column, the hint")
    func format() {
        let diagnostic = Diagnostic.error("expected ':' after key 'title'", at: SourceLocation(file: "content/oxford.md", line: 7, column: 12),
                                          hint: "write 'key: value'", sourceLine: "title Oxford partnership")
        #expect(DiagnosticFormatter().format(diagnostic) == """
            content/oxford.md:7:12: error: expected ':' after key 'title'
                title Oxford partnership
                           ^
              hint: write 'key: value'

            """)
    }

    @Test("colour only when asked")
    func colour() {
        let diagnostic = Diagnostic.warning("w", at: SourceLocation(file: "a.md"))
        #expect(DiagnosticFormatter(useColour: true).format(diagnostic).contains("\u{1B}[1;33mwarning"))
        #expect(DiagnosticFormatter().format(diagnostic) == "a.md: warning: w\n")
    }

    @Test("sorted by file, line, column")
    func order() {
        let b = Diagnostic.error("b", at: SourceLocation(file: "b.md", line: 1, column: 1))
        let a2 = Diagnostic.error("a2", at: SourceLocation(file: "a.md", line: 2, column: 1))
        let a1 = Diagnostic.warning("a1", at: SourceLocation(file: "a.md", line: 1, column: 9))
        #expect([b, a2, a1].sortedForDisplay().map(\.message) == ["a1", "a2", "b"])
    }

    @Test("each finding once, in display order: the same as keeping first occurrences and then sorting")
    func uniqueSorted() {
        var generator = SeededGenerator(seed: 11)
        // Few values of each field, so ties, equal findings and findings differing only in hint or code abound.
        var findings: [Diagnostic] = []
        for _ in 0..<2_000 {
            let location = SourceLocation(file: ["a.md", "b.md", "content/é.md"].randomElement(using: &generator)!,
                                          line: Int.random(in: 0...1, using: &generator), column: Int.random(in: 0...1, using: &generator))
            findings.append(Diagnostic([.error, .warning, .note].randomElement(using: &generator)!, at: location,
                                       ["m1", "m2"].randomElement(using: &generator)!,
                                       hint: [nil, "h"].randomElement(using: &generator)!,
                                       sourceLine: [nil, "line"].randomElement(using: &generator)!,
                                       code: [nil, "c1", "c2"].randomElement(using: &generator)!))
        }
        var seen: Set<Diagnostic> = []
        let expected = findings.filter { seen.insert($0).inserted }.sortedForDisplay()
        let unique = findings.uniqueSortedForDisplay()
        #expect(unique == expected)
        #expect(unique.count < 1_000 && unique.count > 100, "duplicates were dropped and distinct findings kept: \(unique.count)")
        #expect([Diagnostic]().uniqueSortedForDisplay().isEmpty)
    }
}
