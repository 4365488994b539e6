import Foundation
import Testing

/// The CSV downloads made from data tables, read as a spreadsheet reads them: by Unicode scalars.
@Suite("CSV downloads")
struct CSVDownloadTests {
    let theme = CLI.packageRoot.appendingPathComponent("theme").path

    /// The CSV download of a figures table whose labels are `labels`.
    func download(labels: [String]) throws -> String {
        let figures = labels.enumerated().map { "  - value: \($0.offset)\n    label: '\($0.element.replacingOccurrences(of: "'", with: "''"))'\n" }.joined()
        let root = try CLI.site(["index.md": "---\ntitle: Home\nsummary: S.\nreview_by: 2030-01-01\n---\nHi.\n",
                                 "_data/crime.yaml": "kind: figures\ncaption: Crime\nfigures:\n" + figures])
        defer { try? FileManager.default.removeItem(at: root) }
        let result = try CLI.run(["build", "--source", root.path, "--theme", theme])
        #expect(result.status == 0, "\(result.stderr)")
        return try String(contentsOf: root.appendingPathComponent("public/data/crime.csv"), encoding: .utf8)
    }

    @Test("a quote or comma followed by a combining mark is quoted and doubled, so the cell stays whole and its formula guarded")
    func combiningMarks() throws {
        let csv = try download(labels: ["a\"\u{301},=1+1", "b,\u{301}c"])
        let lines = csv.components(separatedBy: "\r\n")
        // The quote is doubled by scalars, with its mark after the pair.
        #expect(lines[1].unicodeScalars.elementsEqual("0,count,\"a\"\"\u{301},=1+1\"".unicodeScalars), "\(lines[1].unicodeScalars.map { String($0.value, radix: 16) })")
        #expect(lines[2].unicodeScalars.elementsEqual("1,count,\"b,\u{301}c\"".unicodeScalars), "\(lines[2])")
    }

    @Test("full-width and small forms of the formula characters are guarded like the ASCII ones",
          arguments: ["\u{FF1D}1+1", "\u{FF0B}1", "\u{FF0D}1", "\u{FF20}SUM(A1)", "\u{FE66}1+1", "=1+1"])
    func fullWidthFormulas(label: String) throws {
        let csv = try download(labels: [label])
        #expect(csv.components(separatedBy: "\r\n")[1] == "0,count,'\(label)", "\(csv)")
    }
}
