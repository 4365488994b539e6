import Testing
@testable import SaferSiteKit

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
}
