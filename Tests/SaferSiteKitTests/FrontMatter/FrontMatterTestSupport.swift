import Testing
@testable import SaferSiteKit

/// Input text with a `1️⃣` where a diagnostic should point, as swift-format's tests mark findings.
struct MarkedText: CustomTestStringConvertible, Sendable {
    /// The text with the marker removed.
    let text: String
    /// 1-based line of the marker.
    let line: Int
    /// 1-based column (in characters) of the marker.
    let column: Int

    init(_ marked: String) {
        let lines = marked.split(separator: "\n", omittingEmptySubsequences: false)
        var foundLine = 0
        var foundColumn = 0
        for (index, line) in lines.enumerated() {
            if let position = line.firstIndex(of: "1️⃣") {
                foundLine = index + 1
                foundColumn = line.distance(from: line.startIndex, to: position) + 1
                break
            }
        }
        precondition(foundLine > 0, "no 1️⃣ marker in \(marked)")
        text = String(marked.filter { $0 != "1️⃣" })
        line = foundLine
        column = foundColumn
    }

    var testDescription: String { text.debugDescription }
}

/// Parses a data document and returns its JSON, or nil with the diagnostics when it has errors.
func documentJSON(_ text: String) -> (json: String?, diagnostics: [Diagnostic]) {
    let (root, diagnostics) = FrontMatterParser.parseDocument(text, file: "data.yaml")
    guard !diagnostics.hasErrors else { return (nil, diagnostics) }
    return (root?.value.jsonText ?? "null", diagnostics)
}

/// Readable diagnostics for failure messages.
func describe(_ diagnostics: [Diagnostic]) -> String {
    DiagnosticFormatter().format(diagnostics)
}
