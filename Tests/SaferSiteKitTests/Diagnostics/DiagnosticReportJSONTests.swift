@testable import Diagnostics
import Foundation
@testable import SaferSiteKit
import Testing

@Suite("Findings as JSON")
struct DiagnosticReportJSONTests {
    @Test("valid JSON with every key, findings in display order, and counts")
    func shape() throws {
        let text = DiagnosticReportJSON(diagnostics: [
            .warning("no summary", at: Diagnostics.SourceLocation(file: "content/b.md", line: 2, column: 1), hint: "add one", code: "summary"),
            .error("no alt text", at: Diagnostics.SourceLocation(file: "content/a.md", line: 9, column: 3), code: "missing-alt"),
        ]).text()
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(object["errors"] as? Int == 1 && object["warnings"] as? Int == 1)
        let items = try #require(object["diagnostics"] as? [[String: Any]])
        #expect(items.map { $0["file"] as? String } == ["content/a.md", "content/b.md"])
        #expect(items[0]["hint"] is NSNull && items[1]["hint"] as? String == "add one")
        #expect(items[0]["line"] as? Int == 9 && items[0]["column"] as? Int == 3 && items[0]["severity"] as? String == "error")
        #expect(Set(items[0].keys) == ["file", "line", "column", "severity", "message", "hint", "code"])
    }
}
