@testable import Diagnostics
import Foundation
@testable import FrontMatter
@testable import SaferSiteKit
import Testing

/// The fast split (front matter lines only, body as written) must give exactly what the full
/// line-by-line path gives.
@Suite("Page split fast path")
struct PageSplitFastPathTests {
    /// The package's own `content/` (the Oxfordshire site): this file is in
    /// Tests/SaferSiteKitTests/Parse/FrontMatter/, four folders below the package root.
    static let contentFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("content")

    static let realPages: [String] = {
        let enumerator = FileManager.default.enumerator(atPath: contentFolder.path)
        var texts: [String] = []
        while let path = enumerator?.nextObject() as? String {
            if path.hasSuffix(".md"), let text = try? String(contentsOf: contentFolder.appendingPathComponent(path), encoding: .utf8) {
                texts.append(text)
            }
        }
        return texts
    }()

    static let edgeCases = [
        "---\ntitle: A\n---\nBody\n", "---\ntitle: A\n---\n", "---\ntitle: A\n---", "---  \ntitle: A\n---\t\nBody",
        "---\n---\n", "---\ntitle: A\n", "--- x\ntitle: A\n---\n", "---\ntitle: A\n----\nBody\n---\nMore\n",
        "---\ntitle: A\n---\n---\n", "Body only\n", "", "---\n", "---\ntitle: |\n  ---\n---\nBody\n",
        "---\ntitle: 'a\n---\nBody\n", "---\ntitle: A\n...\n---\nBody\n",
    ]

    func same(_ text: String) {
        let fast = FrontMatterParser.parsePage(text, file: "p.md")
        let full = FrontMatterParser.parsePageLineByLine(text, file: "p.md")
        #expect(fast.frontMatter == full.frontMatter)
        #expect(fast.hasFrontMatter == full.hasFrontMatter)
        #expect(fast.frontMatterLine == full.frontMatterLine)
        #expect(fast.body == full.body, "body differs for \(text.debugDescription)")
        #expect(fast.bodyFirstLine == full.bodyFirstLine)
        #expect(fast.diagnostics == full.diagnostics)
    }

    @Test("every page of the Oxfordshire site")
    func realContent() {
        #expect(Self.realPages.count > 50)
        for text in Self.realPages { same(text) }
    }

    @Test("edge cases", arguments: edgeCases)
    func edges(text: String) {
        same(text)
    }
}
