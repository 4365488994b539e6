@testable import DataTables
@testable import Diagnostics
@testable import SaferSiteKit
import Testing

@Suite("Data tables as HTML")
struct TableHTMLRendererTests {
    let renderer = DataRenderer()

    @Test("a small trend table, in full")
    func trendTable() throws {
        let row = TrendRow(measure: "Sexual offences", area: "Oxford", better: .lower, values: [number("24"), number("56")])
        let table = TrendTable(name: "t", caption: "Recorded crime", source: "City report", periods: ["2013/14", "2014/15"], rows: [row])
        let html = try renderer.html(for: .trend(table), kind: .table, id: "crime", csvURL: "/data/t.csv")
        #expect(html == """
            <div class="data-table" id="crime">
            <div class="table-scroll" role="region" aria-labelledby="crime-caption" tabindex="0">
            <table>
            <caption id="crime-caption">Recorded crime</caption>
            <thead>
            <tr><th scope="col">Measure</th><th scope="col">Area</th><th scope="col" class="num">2013/14</th>\
            <th scope="col" class="num">2014/15</th><th scope="col">Change</th>\
            <th scope="col"><span aria-hidden="true">Better?</span><span class="visually-hidden">Better or worse</span></th></tr>
            </thead>
            <tbody>
            <tr><th scope="row">Sexual offences</th><td>Oxford</td><td class="num">24</td><td class="num">56</td>\
            <td class="change change-up">up 133.3%, from 24 to 56 <span class="trend-arrow" aria-hidden="true">↑</span></td>\
            <td class="judgement judgement-worse">worse</td></tr>
            </tbody>
            </table>
            </div>
            <p class="data-source">Source: City report</p>
            <p class="data-note">Percentage changes are worked out from the figures and rounded to one decimal place, halves away from zero.</p>
            <p class="data-download"><a href="/data/t.csv" download>Download “Recorded crime” as CSV</a></p>
            </div>

            """)
    }

    @Test("a small money table, in full: pounds, thousands separators, sub-total after its group, total in the foot")
    func moneyTable() throws {
        let table = MoneyTable(
            name: "f", caption: "Funding", source: nil, columns: ["2015-16"],
            rows: [
                MoneyRow(label: "Cherwell", group: "csp", values: [MoneyAmount(number("64180"))]),
                MoneyRow(label: "Oxford", group: "csp", values: [MoneyAmount(number("121063"))]),
                MoneyRow(label: "Assessment", values: [MoneyAmount(number("2364"), qualifier: "up to")]),
            ],
            totals: [
                MoneyTotal(label: "Sub-total", scope: .group("csp"), values: [MoneyAmount(number("185243"))]),
                MoneyTotal(label: "Total", scope: .all, values: [MoneyAmount(number("187607"))]),
            ]
        )
        let html = try renderer.html(for: .money(table), kind: .table, id: "f", csvURL: nil)
        #expect(html == """
            <div class="data-table" id="f">
            <div class="table-scroll" role="region" aria-labelledby="f-caption" tabindex="0">
            <table>
            <caption id="f-caption">Funding</caption>
            <thead>
            <tr><th scope="col">Recipient</th><th scope="col" class="num">2015-16</th></tr>
            </thead>
            <tbody>
            <tr class="in-group"><th scope="row">Cherwell</th><td class="num">£64,180</td></tr>
            <tr class="in-group"><th scope="row">Oxford</th><td class="num">£121,063</td></tr>
            <tr class="subtotal"><th scope="row">Sub-total</th><td class="num">£185,243</td></tr>
            <tr><th scope="row">Assessment</th><td class="num">up to £2,364</td></tr>
            </tbody>
            <tfoot>
            <tr class="total"><th scope="row">Total</th><td class="num">£187,607</td></tr>
            </tfoot>
            </table>
            </div>
            </div>

            """)
    }

    @Test("stated changes, and judgement in words by the row's direction")
    func statedAndJudged() throws {
        let html = try renderer.html(for: .trend(DataFixtures.trend), kind: .table, id: "c", csvURL: nil)
        // A row with only a stated change: one sentence across the figure and change columns, not "n/a | n/a".
        #expect(html.contains("<tr><th scope=\"row\">Cycle theft</th><td>Oxford</td>"
            + "<td colspan=\"3\" class=\"change change-down change-only\">Only the change was published: down nearly 4% (2014/15) "
            + "<span class=\"trend-arrow\" aria-hidden=\"true\">↓</span></td><td class=\"judgement judgement-better\">better</td></tr>"))
        #expect(!html.contains("n/a"))
        #expect(html.contains("<td class=\"judgement judgement-better\">better</td>"))
        #expect(html.contains("<td class=\"judgement judgement-worse\">worse</td>"))
    }

    @Test("everything from the data is escaped")
    func escaping() throws {
        let evil = "<script>alert(\"x\")</script> & 'co'"
        let row = TrendRow(measure: evil, area: evil, better: .higher, values: [number("1"), number("2")], source: evil)
        let table = TrendTable(name: "t", caption: evil, source: evil, periods: [evil, "b"], rows: [row], notes: [evil])
        let escaped = "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;co&#39;"
        for kind in [DataBlockKind.table, .chart] {
            let html = try renderer.html(for: .trend(table), kind: kind, id: "a\"b", csvURL: "/d.csv?a=1&b=\"2\"")
            #expect(!html.contains("<script"))
            #expect(!html.contains("a\"b"))
            #expect(html.contains("<caption id=\"a&quot;b-caption\">\(escaped)</caption>") || kind == .chart)
            #expect(html.contains("href=\"/d.csv?a=1&amp;b=&quot;2&quot;\""))
        }
        let figures = FigureRow(name: "f", caption: evil, figures: [KeyFigure(value: number("43"), label: evil)])
        let html = try renderer.html(for: .figures(figures), kind: .figures, id: "f", csvURL: nil)
        #expect(!html.contains("<script"))
        #expect(html.contains(escaped))
    }

    @Test("key figures as a list of large numbers with labels")
    func figures() throws {
        let row = FigureRow(name: "aspire", caption: "ASPIRE in 2014-15", source: "Business Plan 2015-16", figures: [
            KeyFigure(value: number("43"), label: "clients"),
            KeyFigure(value: number("2"), unit: .percent, label: "clients re-offend"),
        ])
        let html = try renderer.html(for: .figures(row), kind: .figures, id: "aspire", csvURL: "/data/aspire.csv")
        #expect(html == """
            <figure class="data-figures" id="aspire" aria-labelledby="aspire-caption">
            <figcaption id="aspire-caption">ASPIRE in 2014-15</figcaption>
            <ul class="key-figures">
            <li><span class="key-figure-value">43</span> <span class="key-figure-label">clients</span></li>
            <li><span class="key-figure-value">2%</span> <span class="key-figure-label">clients re-offend</span></li>
            </ul>
            <p class="data-source">Source: Business Plan 2015-16</p>
            <p class="data-download"><a href="/data/aspire.csv" download>Download “ASPIRE in 2014-15” as CSV</a></p>
            </figure>

            """)
    }

    @Test("blocks that cannot show a table say why", arguments: [
        (DataTable.trend(DataFixtures.trend), DataBlockKind.figures, "'oxford-crime-trends' is a table, not key figures"),
        (.figures(FigureRow(name: "k", caption: "c", figures: [])), .chart, "'k' holds key figures, which are not charted"),
        (.trend(TrendTable(name: "w", caption: "c", periods: [], rows: [
            TrendRow(measure: "m", area: "a", better: .lower, statedChange: StatedChange(percent: number("-14"), period: "2010/11")),
        ])), .chart, "'w' has no series of values to chart, only stated changes"),
    ])
    func refusals(table: DataTable, kind: DataBlockKind, message: String) {
        #expect(throws: DataBlockError.self) { try renderer.html(for: table, kind: kind, id: "x", csvURL: nil) }
        do {
            _ = try renderer.html(for: table, kind: kind, id: "x", csvURL: nil)
        } catch {
            let diagnostic = error.diagnostic(at: SourceLocation(file: "content/a.md", line: 12, column: 1))
            #expect(diagnostic.message == message)
            #expect(diagnostic.location.line == 12)
            #expect(diagnostic.hint != nil)
        }
    }
}
