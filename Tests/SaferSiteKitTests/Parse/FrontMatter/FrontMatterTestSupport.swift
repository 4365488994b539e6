@testable import Diagnostics
@testable import FrontMatter
@testable import SaferSiteKit
import Testing

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
