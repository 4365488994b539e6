import FrontMatter
import SaferSiteKit

extension FuzzHarness {
    /// Front matter: the page splitter and the whole-file parser, on the same text.
    public static func frontMatter(_ bytes: [UInt8]) {
        let text = String(decoding: bytes, as: UTF8.self)
        let lineCount = FuzzOracle.lineCount(text)
        let page = FrontMatterParser.parsePage(text, file: "content/fuzz.md")
        FuzzOracle.checkLocations(page.diagnostics, lineCount: lineCount)
        precondition(page.bodyFirstLine >= 1 && page.bodyFirstLine <= lineCount + 2, "body starts outside the file")
        let document = FrontMatterParser.parseDocument(text, file: "content/_data/fuzz.yaml")
        FuzzOracle.checkLocations(document.diagnostics, lineCount: lineCount)
    }
}
