import FrontMatter
import SaferSiteKit

extension FuzzHarness {
    /// Front matter: the page splitter and the whole-file parser, on the same text.
    public static func frontMatter(_ bytes: [UInt8]) -> [String] {
        let text = String(decoding: bytes, as: UTF8.self)
        let lineCount = FuzzOracle.lineCount(text)
        let page = FrontMatterParser.parsePage(text, file: "content/fuzz.md")
        var problems = FuzzOracle.locationProblems(page.diagnostics, lineCount: lineCount)
        if page.bodyFirstLine < 1 || page.bodyFirstLine > lineCount + 2 {
            problems.append("body starts at line \(page.bodyFirstLine), outside the \(lineCount)-line file")
        }
        let document = FrontMatterParser.parseDocument(text, file: "content/_data/fuzz.yaml")
        return problems + FuzzOracle.locationProblems(document.diagnostics, lineCount: lineCount)
    }
}
