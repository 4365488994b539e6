import Foundation
import Testing

/// Pages about an earlier period (issue 27), built with the real theme through the CLI: the
/// history notice and Sources list, month-only dates, projected and part-year figures, and the
/// checks that ask for sources and periods.
@Suite("Pages about an earlier period")
struct HistoryAndSourcesTests {
    let theme = CLI.packageRoot.appendingPathComponent("theme").path

    static let settings = """
        title: Test Partnership
        history_after_years: 3
        sources:
          - id: plan-2015
            title: Test Partnership Business Plan 2015-16
            publisher: Test Partnership
            date: 2015-06
            url: https://example.org/plan.pdf
          - id: report-2011
            title: Scrutiny report on the partnership
            publisher: Test County Council
            date: 2011-02-14
          - id: rolling-plan
            title: Rolling Plan 2011-12
            publisher: Test District Partnership

        """

    /// A page with front matter lines after the title and a summary, then a body.
    static func page(_ title: String, _ lines: [String], body: String = "Some words.") -> String {
        (["---", "title: \(title)", "summary: A page about \(title).", "review_by: 2030-01-01"] + lines + ["---", body, ""])
            .joined(separator: "\n")
    }

    /// Builds `files`, with a home page unless they have one (a site without one is warned about).
    func build(_ files: [String: String]) throws -> (result: CLI.Result, root: URL) {
        var files = files
        if files["index.md"] == nil { files["index.md"] = Self.page("Home", []) }
        let root = try CLI.site(files)
        return (try CLI.run(["build", "--source", root.path, "--theme", theme]), root)
    }

    /// Builds `files` and expects the build to fail with each of `expected` (a diagnostic line or hint) in what it prints.
    func expectRefused(_ files: [String: String], _ expected: String...) throws {
        let (result, root) = try build(files)
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(result.status == 1)
        for text in expected {
            #expect(result.stderr.contains(text), "\(result.stderr)")
        }
    }

    func html(_ root: URL, _ path: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent("public/" + path), encoding: .utf8)
    }

    @Test("describes: and sources: show the history notice, the Sources list and the period beside the review date")
    func noticeAndSources() throws {
        let (result, root) = try build([
            "_site.yaml": Self.settings,
            "a.md": Self.page("Plan", ["last_reviewed: 2026-11-22", "describes: 2015-16", "sources: [plan-2015, report-2011, rolling-plan]"]),
            "b.md": Self.page("Plain", []),
        ])
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("0 warnings"), "\(result.stderr)")
        let page = try html(root, "a/index.html")
        #expect(page.contains("""
            <aside class="history-notice" aria-labelledby="history-notice-heading">
            <h2 id="history-notice-heading" class="history-notice__heading">Information from 2015-16</h2>
            <p>This page describes the partnership's work in 2015-16, from the Test Partnership Business Plan 2015-16 \
            (published in June 2015), the Scrutiny report on the partnership (published on 14 February 2011) and the \
            Rolling Plan 2011-12. Some details may have changed.</p>
            </aside>
            """), "\(page)")
        #expect(page.contains(#"<li><a href="https://example.org/plan.pdf">Test Partnership Business Plan 2015-16</a>, Test Partnership, <time datetime="2015-06">June 2015</time></li>"#))
        #expect(page.contains(#"<li>Scrutiny report on the partnership, Test County Council, <time datetime="2011-02-14">14 February 2011</time></li>"#))
        #expect(page.contains("<li>Rolling Plan 2011-12, Test District Partnership</li>"))
        #expect(page.contains(#"<p class="page-review">This page describes 2015-16. Last reviewed on <time datetime="2026-11-22">22 November 2026</time>"#))
        // The notice follows the title, and the Sources list comes before the review line.
        let order = ["<h1>Plan</h1>", "history-notice", "page-sources-heading", "page-review"].map { page.range(of: $0)?.lowerBound }
        #expect(order.allSatisfy { $0 != nil } && order.compactMap { $0 } == order.compactMap { $0 }.sorted())
        let plain = try html(root, "b/index.html")
        #expect(!plain.contains("history-notice") && !plain.contains("page-sources"))
    }

    @Test("a month-only date shows the month, and sorts before every day of its month")
    func monthOnlyDate() throws {
        let (result, root) = try build([
            "news/_index.md": Self.page("News", []),
            "news/late.md": Self.page("Late June", ["date: 2015-06-30"]),
            "news/month.md": Self.page("Some day in June", ["date: 2015-06", "layout: update"]),
            "news/early.md": Self.page("End of May", ["date: 2015-05-31"]),
        ])
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(result.status == 0, "\(result.stderr)")
        let page = try html(root, "news/month/index.html")
        #expect(page.contains(#"Published <time datetime="2015-06">June 2015</time>"#), "\(page)")
        let listing = try html(root, "news/index.html")
        let order = ["Late June", "Some day in June", "End of May"].map { listing.range(of: $0)?.lowerBound }
        #expect(order.allSatisfy { $0 != nil } && order.compactMap { $0 } == order.compactMap { $0 }.sorted(), "\(listing)")
    }

    @Test("a month that does not exist is refused at the value, with a fix that works")
    func badMonth() throws {
        try expectRefused(["a.md": Self.page("A", ["date: 2015-13"])],
                          "content/a.md:5:7: error: 'date' should be a date written as YYYY-MM-DD, but it is text",
                          "or year-month when only the month is known, e.g. date: 2015-06")
    }

    @Test("projected and part-year figures are marked in the table, the chart and the CSV; no change is worked out from them unless compare: true")
    func markedFigures() throws {
        let data = """
            kind: trend
            caption: Contacts
            source: A report
            periods: ["2013-14", "2014-15"]
            rows:
              - {measure: Emails, area: Oxford, better: neither, values: [3500, "5000 (projected)"]}
              - {measure: Offences, area: Oxford, better: neither, values: ["24 (part year)", "56 (part year)"], compare: true}
              - {measure: Calls, area: Oxford, better: lower, values: [100, 90]}

            """
        let (result, root) = try build([
            "_site.yaml": Self.settings,
            "_data/contacts.yaml": data,
            "a.md": Self.page("A", ["describes: 2014-15", "sources: [plan-2015]"], body: "```table contacts\n```\n\n```chart contacts\n```\n"),
        ])
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(result.status == 0, "\(result.stderr)")
        let page = try html(root, "a/index.html")
        #expect(page.contains(#"<td class="num">5,000 (projected)</td><td>not worked out: a figure is projected or part-year</td><td>not judged</td>"#), "\(page)")
        #expect(page.contains(#"<td class="num">24 (part year)</td><td class="num">56 (part year)</td><td class="change change-up">up 133.3%, from 24 (part year) to 56 (part year)"#))
        #expect(page.contains("down 10.0%, from 100 to 90"))
        #expect(page.contains(">2014-15: 5,000 (projected)</text>"))
        let csv = try String(contentsOf: root.appendingPathComponent("public/data/contacts.csv"), encoding: .utf8)
        #expect(csv == "measure,area,better,2013-14,2014-15,compare\r\nEmails,Oxford,neither,3500,5000 (projected),\r\n"
                + "Offences,Oxford,neither,24 (part year),56 (part year),true\r\nCalls,Oxford,lower,100,90,\r\n")
    }

    @Test("the CSV download reads back as a data file with its marks")
    func markedCSVReadsBack() throws {
        let csv = "measure,area,better,2013-14,2014-15,compare\r\nEmails,Oxford,neither,3500,5000 (projected),\r\n"
            + "Offences,Oxford,neither,24 (part year),56 (part year),true\r\n"
        let (result, root) = try build([
            "_data/contacts.yaml": "caption: Contacts\ncsv: contacts.csv\n",
            "_data/contacts.csv": csv,
            "a.md": Self.page("A", [], body: "```table contacts\n```\n"),
        ])
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try String(contentsOf: root.appendingPathComponent("public/data/contacts.csv"), encoding: .utf8) == csv)
        #expect(try html(root, "a/index.html").contains("up 133.3%, from 24 (part year) to 56 (part year)"))
    }

    @Test("compare: on a stated change is refused at the key")
    func compareOnStated() throws {
        let data = "kind: trend\ncaption: Crime\nrows:\n  - measure: All crime\n    area: Oxford\n    better: lower\n    change: -9.5\n    period: 2014-15\n    compare: true\n"
        try expectRefused(["_data/crime.yaml": data, "a.md": Self.page("A", [], body: "```table crime\n```\n")],
                          "content/_data/crime.yaml:9:14: error: 'compare' belongs to a row with 'values'")
    }

    @Test("a mark SaferSite does not know is refused at the value, with marks that work")
    func unknownMark() throws {
        let data = "kind: trend\ncaption: Contacts\nperiods: [\"2013-14\", \"2014-15\"]\nrows:\n  - {measure: Emails, area: Oxford, better: neither, values: [3500, \"5000 (estimated)\"]}\n"
        try expectRefused(["_data/contacts.yaml": data, "a.md": Self.page("A", [], body: "```table contacts\n```\n")],
                          "content/_data/contacts.yaml:5:69: error: '(estimated)' is not a mark SaferSite knows for a figure",
                          #"hint: write "5000 (projected)" for a forecast or "5000 (part year)" for part of the period, or the number alone"#)
    }

    @Test("an id not listed under sources: is an error at the id, suggesting the nearest")
    func unknownSource() throws {
        try expectRefused(["_site.yaml": Self.settings, "a.md": Self.page("A", ["describes: 2015-16", "sources: [plan-2051]"])],
                          "content/a.md:6:11: error: the source 'plan-2051' is not listed under 'sources:' in content/_site.yaml",
                          "hint: did you mean 'plan-2015'?")
    }

    @Test("a page with figures but no sources is warned about at its title; naming a source clears it")
    func figuresWithoutSources() throws {
        let body = "The project cost £12,500 and 19% of people found work."
        let (result, root) = try build(["_site.yaml": Self.settings, "a.md": Self.page("A", [], body: body)])
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(result.stderr.contains("content/a.md:2:1: warning: this page states figures but does not say which documents they come from"),
                "\(result.stderr)")
        let fixed = try build(["_site.yaml": Self.settings, "a.md": Self.page("A", ["describes: 2015-16", "sources: [plan-2015]"], body: body)])
        defer { try? FileManager.default.removeItem(at: fixed.root) }
        #expect(fixed.result.stderr.contains("0 warnings"), "\(fixed.result.stderr)")
    }

    @Test("a page resting on old sources without describes: is warned about; the hint, pasted, clears it")
    func oldSourcesWithoutPeriod() throws {
        let (result, root) = try build(["_site.yaml": Self.settings, "a.md": Self.page("A", ["sources: [plan-2015]"])])
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(result.stderr.contains(
            "content/a.md:5:1: warning: this page rests on facts from June 2015, more than 3 years ago, but does not say which period it describes"),
            "\(result.stderr)")
        #expect(result.stderr.contains("hint: add 'describes: 2015'"))
        let fixed = try build(["_site.yaml": Self.settings, "a.md": Self.page("A", ["sources: [plan-2015]", "describes: 2015"])])
        defer { try? FileManager.default.removeItem(at: fixed.root) }
        #expect(fixed.result.stderr.contains("0 warnings"), "\(fixed.result.stderr)")
        #expect(try html(fixed.root, "a/index.html").contains("Information from 2015</h2>"))
        // A recent source needs no period: the limit is in the settings.
        let recent = Self.settings.replacingOccurrences(of: "history_after_years: 3", with: "history_after_years: 20")
        let later = try build(["_site.yaml": recent, "a.md": Self.page("A", ["sources: [plan-2015]"])])
        defer { try? FileManager.default.removeItem(at: later.root) }
        #expect(later.result.stderr.contains("0 warnings"), "\(later.result.stderr)")
    }

    @Test("a source without a title, or with a date that is not one, is refused in the settings file", arguments: [
        ("  - {id: x, publisher: P, date: 2015-06}\n", "content/_site.yaml:3:5: error: each source needs an 'id', a 'title' and a 'publisher'"),
        ("  - {id: x, title: T, publisher: P, date: June 2015}\n", "content/_site.yaml:3:43: error: the date of the source 'x' should be written as year-month-day or year-month"),
    ])
    func badSettingsSource(item: String, expected: String) throws {
        try expectRefused(["_site.yaml": "title: T\nsources:\n" + item, "a.md": Self.page("A", [])], expected)
    }
}
