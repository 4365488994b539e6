import Foundation
import Testing

/// Figures quoted in sentences (`[24.0%](figure:crime/robbery/fall)`) through the real CLI: the
/// sentence shows the data's figure, follows the data when it changes (with a warning to re-read
/// the words), and a misspelt name is an error whose suggested address builds when pasted.
@Suite("Figures quoted from data", .serialized)
struct QuotedFigureTests {
    let theme = CLI.packageRoot.appendingPathComponent("theme").path

    static let crime = """
        kind: trend
        caption: Recorded crime
        unit: count
        periods: ["2013/14", "2014/15"]
        rows:
          - measure: Robbery
            area: Oxford
            better: lower
            values: [100, 76]
          - id: cycle-theft
            measure: Theft of bicycles
            area: Oxford
            better: lower
            change: -4
            qualifier: nearly
            period: "2014/15"

        """

    static let funding = """
        kind: money
        caption: Funding
        columns: ["2014-15", "2015-16"]
        rows:
          - label: Public Health
            values: [181127, 65127]
          - label: Strategic Intelligence Assessment
            values: ["n/a", "up to 2364"]

        """

    static let headlines = "kind: figures\ncaption: Headlines\nfigures:\n  - {id: detection-rate, value: 47.2, unit: percent, label: detection rate}\n"

    static let page = """
        ---
        title: Trends
        summary: How crime changed.
        last_reviewed: 2026-11-01
        review_by: 2027-11-01
        sources: [report]
        describes: 2014-15
        ---
        Robbery fell from [100](figure:crime/robbery/2013-14) to [76](figure:crime/robbery/latest), down [24.0%](figure:crime/robbery/fall).

        Cycle theft fell by [nearly 4%](figure:crime/cycle-theft/fall). Public Health got [£65,127](figure:funding/public-health/2015-16), \
        [£116,000](figure:funding/public-health/difference) less; [up to £2,364](figure:funding/strategic-intelligence-assessment/latest) \
        went to the assessment. The detection rate was [47.2%](figure:headlines/detection-rate).

        """

    func site(page: String = Self.page, crime: String = Self.crime) throws -> URL {
        try CLI.site([
            "_site.yaml": "title: Test Partnership\nsources:\n  - {id: report, title: Crime report, publisher: The council, date: 2015-02-02}\n",
            "index.md": "---\ntitle: Home\nsummary: The home page.\nlast_reviewed: 2026-11-01\nreview_by: 2027-11-01\n---\nHello.\n",
            "trends.md": page,
            "_data/crime.yaml": crime,
            "_data/funding.yaml": Self.funding,
            "_data/headlines.yaml": Self.headlines,
        ])
    }

    func trendsHTML(_ root: URL) -> String {
        String(decoding: CLI.tree(root.appendingPathComponent("public"))["trends/index.html"] ?? Data(), as: UTF8.self)
    }

    @Test("each figure shows as the table writes it (a worked-out change with the table's one decimal place), with no warning")
    func figuresRender() throws {
        let root = try site()
        defer { try? FileManager.default.removeItem(at: root) }
        let result = try CLI.run(["build", "--source", root.path, "--theme", theme, "--strict"])
        #expect(result.status == 0, "\(result.stderr)")
        let html = trendsHTML(root)
        #expect(html.contains("Robbery fell from 100 to 76, down 24.0%."), "\(html)")
        #expect(html.contains("Cycle theft fell by nearly 4%. Public Health got £65,127, £116,000 less; up to £2,364 went to the assessment."))
        #expect(html.contains("The detection rate was 47.2%."))
        #expect(!html.contains("figure:"))
    }

    @Test("changing the data file changes the sentence, and the build says where the written figure is out of date")
    func sentenceFollowsData() throws {
        let root = try site(crime: Self.crime.replacingOccurrences(of: "values: [100, 76]", with: "values: [100, 70]"))
        defer { try? FileManager.default.removeItem(at: root) }
        let result = try CLI.run(["build", "--source", root.path, "--theme", theme])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(trendsHTML(root).contains("Robbery fell from 100 to 70, down 30.0%."))
        // Line 9 of the file; the links to the latest figure and the fall start at columns 58 and 98.
        #expect(result.stderr.contains("content/trends.md:9:58: warning: this sentence says '76', but the data now gives 70"), "\(result.stderr)")
        #expect(result.stderr.contains("hint: write [70](figure:crime/robbery/latest)"))
        #expect(result.stderr.contains("content/trends.md:9:98: warning: this sentence says '24.0%', but the data now gives 30.0%"))
        let strict = try CLI.run(["build", "--source", root.path, "--theme", theme, "--strict"])
        #expect(strict.status != 0)
    }

    @Test("a page's own data: table is quoted before the site's data of the same name")
    func pageData() throws {
        let page = """
            ---
            title: Local
            summary: A page with its own table.
            last_reviewed: 2026-11-01
            review_by: 2027-11-01
            sources: [report]
            describes: 2014-15
            data:
              crime:
                kind: figures
                caption: Local figures
                figures:
                  - {id: robbery, value: 12, label: robberies}
            ---
            There were [12](figure:crime/robbery) robberies.

            """
        let root = try site(page: page)
        defer { try? FileManager.default.removeItem(at: root) }
        let result = try CLI.run(["build", "--source", root.path, "--theme", theme, "--strict"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(trendsHTML(root).contains("There were 12 robberies."))
    }

    @Test("a fall that the data now shows as a rise is an error, so 'fell by' is not published over a rise")
    func directionChecked() throws {
        let root = try site(crime: Self.crime.replacingOccurrences(of: "values: [100, 76]", with: "values: [76, 100]"))
        defer { try? FileManager.default.removeItem(at: root) }
        let result = try CLI.run(["build", "--source", root.path, "--theme", theme])
        #expect(result.status == 1)
        #expect(result.stderr.contains("content/trends.md:9:106: error: 'crime' shows a rise of 31.6% for 'robbery', not a fall"), "\(result.stderr)")
        #expect(result.stderr.contains("hint: reword the sentence for a rise, and write figure:crime/robbery/rise"))
    }

    @Test("a misspelt data, row or period name is an error at its line and column, and the suggested address builds when pasted",
          arguments: [
              ("figure:crim/robbery/latest", "9:63", "there is no data called 'crim'", "figure:crime/robbery/latest"),
              ("figure:crime/robery/latest", "9:63", "'crime' has no row called 'robery'", "figure:crime/robbery/latest"),
              ("figure:crime/robbery/2014-16", "9:63", "'crime' has no period or figure called '2014-16'", "figure:crime/robbery/2014-15"),
              ("figure:crime/robery/2014-16", "9:63", "'crime' has no row called 'robery'", "figure:crime/robbery/2014-15"),
              ("figure:funding/public-helth/2015-16", "9:63", "'funding' has no row called 'public-helth'", "figure:funding/public-health/2015-16"),
          ])
    func misspeltNames(written: String, at position: String, message: String, suggested: String) throws {
        let root = try site(page: Self.page.replacingOccurrences(of: "[76](figure:crime/robbery/latest)", with: "[76](\(written))"))
        defer { try? FileManager.default.removeItem(at: root) }
        let broken = try CLI.run(["build", "--source", root.path, "--theme", theme])
        #expect(broken.status == 1)
        #expect(broken.stderr.contains("content/trends.md:\(position): error: \(message)"), "\(broken.stderr)")
        #expect(broken.stderr.contains("hint: did you mean \(suggested)?"), "\(broken.stderr)")
        #expect(!CLI.tree(root).keys.contains { $0.hasPrefix("public/") }, "a failed build wrote output")
        let file = root.appendingPathComponent("content/trends.md")
        let text = try String(contentsOf: file, encoding: .utf8).replacingOccurrences(of: "(\(written))", with: "(\(suggested))")
        try text.write(to: file, atomically: true, encoding: .utf8)
        let fixed = try CLI.run(["build", "--source", root.path, "--theme", theme])
        #expect(fixed.status == 0, "\(fixed.stderr)")
    }
}
