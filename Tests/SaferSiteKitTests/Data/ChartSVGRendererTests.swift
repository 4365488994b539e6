@testable import DataTables
@testable import SaferSiteKit
import Testing

@Suite("Charts as SVG")
struct ChartSVGRendererTests {
    let renderer = DataRenderer()

    var lineTable: TrendTable {
        TrendTable(name: "t", caption: "Burglary", periods: ["2011/12", "2012/13", "2013/14"], rows: [
            TrendRow(measure: "Burglary", area: "Oxford", better: .lower, values: [number("1320"), number("1100"), number("1000")]),
        ])
    }

    @Test("a chart is an accessible image with title, description, and the table as its alternative")
    func accessible() throws {
        let html = try renderer.html(for: .money(DataFixtures.money), kind: .chart, id: "fund", csvURL: "/data/fund.csv")
        #expect(html.contains("<svg class=\"chart chart-fluid\" width=\"100%\" height=\""))
        #expect(html.contains("\" role=\"img\" aria-labelledby=\"fund-chart-title fund-chart-desc\""))
        #expect(html.contains("<title id=\"fund-chart-title\">Police and Crime Commissioner funding</title>"))
        #expect(html.contains("<desc id=\"fund-chart-desc\">Bar chart of Police and Crime Commissioner funding."))
        #expect(html.contains("The same figures are in the table that follows the chart.</desc>"))
        #expect(html.contains("<details class=\"chart-table\">"))
        #expect(html.contains("<caption id=\"fund-table-caption\">"))
        #expect(html.contains("<p class=\"data-source\">Source: Oxfordshire Safer Communities Partnership Business Plan 2015-16</p>"))
        #expect(html.contains("href=\"/data/fund.csv\""))
        #expect(!html.contains("<script"))
    }

    @Test("bars carry direct value labels and differ by pattern, not colour")
    func bars() throws {
        let html = try renderer.html(for: .money(DataFixtures.money), kind: .chart, id: "fund", csvURL: nil)
        #expect(html.contains(">2014-15: £181,127</text>"))
        #expect(html.contains(">2015-16: up to £2,364</text>"))
        #expect(html.contains(">2014-15: n/a</text>"))
        #expect(html.contains("fill=\"url(#fund-hatch)\""))
        #expect(html.contains("<pattern id=\"fund-hatch\""))
        #expect(html.contains(">Pounds (£)</text>"))
        #expect(html.contains(">£100,000</text>"))
        #expect(!html.contains("fill=\"#"))
    }

    @Test("three or more periods draw a line with labelled points and axes")
    func line() throws {
        let html = try renderer.html(for: .trend(lineTable), kind: .chart, id: "b", csvURL: nil)
        #expect(html.contains("<desc id=\"b-chart-desc\">Line chart of Burglary."))
        #expect(html.contains("<polyline points=\""))
        #expect(html.contains(">1,320</text>"))
        #expect(html.contains(">2012/13</text>"))
        #expect(html.contains(">Number</text>"))
        #expect(html.contains(">1,500</text>"))
    }

    @Test("a projected or part-year point is labelled with its mark; the change leaves it out")
    func markedLine() throws {
        var table = lineTable
        table.rows[0].statuses = [nil, nil, .projected]
        let html = try renderer.html(for: .trend(table), kind: .chart, id: "b", csvURL: nil)
        #expect(html.contains(">1,000 (projected)</text>"))
        #expect(html.contains(">1,100</text>"))
        #expect(html.contains("not worked out: a figure is projected or part-year"))
        table.rows[0].comparesMarked = true
        #expect(try renderer.html(for: .trend(table), kind: .chart, id: "b", csvURL: nil)
            .contains("down 24.2%, from 1,320 in 2011/12 to 1,000 (projected) in 2013/14"))
    }

    @Test("two periods draw paired bars")
    func pairedBars() throws {
        let html = try renderer.html(for: .trend(DataFixtures.trend), kind: .chart, id: "c", csvURL: nil)
        #expect(html.contains("Bar chart of Recorded crime in Oxford."))
        #expect(html.contains(">2013/14: 24</text>"))
        #expect(html.contains("1 row has no figures to chart; see the table. The same figures"))
    }

    @Test("a bar chart is fluid: pixel heights and text, bar lengths as shares of the width, no viewBox")
    func fluidBars() throws {
        let html = try renderer.html(for: .money(DataFixtures.money), kind: .chart, id: "fund", csvURL: nil)
        let svg = try #require(html.firstMatch(of: /<svg [^>]*>/)).output
        #expect(!svg.contains("viewBox"))
        let height = try #require(svg.firstMatch(of: /height="(\d+(?:\.\d)?)"/)).output.1
        let bars = html.matches(of: /<rect x="8" y="[\d.]+" width="([\d.]+)%" height="16"/).map { Double($0.output.1) ?? 0 }
        let missing = html.matches(of: />20\d\d-\d\d: n\/a</).count
        #expect(!bars.isEmpty)
        // Room is left beside the longest bar for its label: about 130px at 320px.
        #expect(bars.allSatisfy { $0 > 0 && $0 <= BarChartDrawing.longestBar })
        // No text smaller than 11px, as it is never scaled down.
        let sizes = html.matches(of: /font-size="(\d+)"/).compactMap { Int($0.output.1) }
        #expect(sizes.allSatisfy { $0 >= 11 })
        // A sensible height per bar: a bar, its gap, and its share of labels, legend and axis.
        let perBar = (Double(height) ?? .infinity) / Double(bars.count + missing)
        #expect(perBar < 48, "\(perBar) px per bar")
    }

    @Test("rows left out of a chart are counted in a note under it and in its description",
          arguments: [(1, "1 row has no figures to chart; see the table."), (4, "4 rows have no figures to chart; see the table.")])
    func omissionNote(stated: Int, note: String) throws {
        let charted = TrendRow(measure: "Sexual offences", area: "Oxford", better: .neither, values: [number("24"), number("56")])
        let changeOnly = (0..<stated).map { index in
            TrendRow(measure: "Measure \(index)", area: "Oxford", better: .lower,
                     statedChange: StatedChange(percent: number("-4"), period: "2014/15"))
        }
        let table = TrendTable(name: "t", caption: "Crime", periods: ["2013/14", "2014/15"], rows: changeOnly + [charted])
        let html = try renderer.html(for: .trend(table), kind: .chart, id: "c", csvURL: nil)
        #expect(html.contains("</svg>\n<p class=\"data-note chart-omission\">\(note)</p>\n<details"))
        #expect(html.contains(" \(note) The same figures"))
        let full = try renderer.html(for: .trend(TrendTable(name: "t", caption: "Crime", periods: ["2013/14", "2014/15"], rows: [charted])),
                                     kind: .chart, id: "c", csvURL: nil)
        #expect(!full.contains("chart-omission"))
    }

    @Test("a line chart still scales whole from its viewBox")
    func lineScales() throws {
        let html = try renderer.html(for: .trend(lineTable), kind: .chart, id: "b", csvURL: nil)
        #expect(html.contains("<svg class=\"chart\" viewBox=\"0 0 360 "))
        // Scaled to the 288px column of a 320px screen, no text is under 9.5px.
        let sizes = html.matches(of: /font-size="(\d+)"/).compactMap { Int($0.output.1) }
        #expect(!sizes.isEmpty && sizes.allSatisfy { Double($0) * 288 / ChartSVGRenderer.width >= 9.5 }, "\(sizes)")
    }

    @Test("output is deterministic, with coordinates rounded to one decimal")
    func deterministic() throws {
        let first = try renderer.html(for: .trend(lineTable), kind: .chart, id: "b", csvURL: nil)
        let second = try renderer.html(for: .trend(lineTable), kind: .chart, id: "b", csvURL: nil)
        #expect(first == second)
        #expect(!first.contains(/\d\.\d\d/))
        #expect(svgNumber(1.0 / 3.0) == "0.3")
        #expect(svgNumber(2.25) == "2.3")
        #expect(svgNumber(200) == "200")
    }

    @Test("value axes step in round numbers from zero", arguments: [
        ("181127", 2, ["0", "100000", "200000"]), ("56", 4, ["0", "20", "40", "60"]), ("100", 4, ["0", "25", "50", "75", "100"]),
        ("0.8", 4, ["0", "0.2", "0.4", "0.6", "0.8"]), ("0", 4, ["0", "1"]), ("9", 4, ["0", "5", "10"]),
    ])
    func scale(largest: String, steps: Int, ticks: [String]) {
        let scale = ChartScale(largest: number(largest), steps: steps, places: number(largest).places)
        #expect(scale.ticks.map(\.description) == ticks)
    }
}
