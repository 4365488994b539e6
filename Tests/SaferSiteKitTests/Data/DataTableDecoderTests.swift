@testable import DataTables
@testable import Diagnostics
@testable import FrontMatter
@testable import SaferSiteKit
import Testing

@Suite("Decoding data tables")
struct DataTableDecoderTests {
    // MARK: Trend

    @Test("a trend table with a series and a stated change")
    func trend() throws {
        let (table, diagnostics) = DataTableDecoder.decode(DataFixtures.trendRoot(), name: "t", file: DataFixtures.trendFile)
        #expect(diagnostics.isEmpty)
        guard case .trend(let trend)? = table else { Issue.record("not a trend table"); return }
        #expect(trend.caption == "Recorded crime in Oxford")
        #expect(trend.unit == .count)
        #expect(trend.decimals == 1)
        #expect(trend.periods == ["2013/14", "2014/15"])
        #expect(trend.rows.map(\.measure) == ["Sexual offences", "Cycle theft"])
        #expect(trend.rows[0].values == [number("24"), number("56")])
        #expect(trend.rows[0].line == 6)
        #expect(trend.rows[1].statedChange == StatedChange(percent: number("-4"), period: "2014/15", qualifier: "nearly"))
    }

    @Test("an unknown key is an error at the key, with a suggestion")
    func unknownKey() {
        let row = Node.map([
            "measure": Node.text("Sexual offences", 6, 14),
            "area": Node.text("Oxford", 7, 11),
            "beter": Node.text("lower", 8, 12),
            "values": Node.list([Node.int(24, 9, 14), Node.int(56, 9, 18)], 9, 13),
        ], 6, 5)
        let (table, diagnostics) = DataTableDecoder.decode(DataFixtures.trendRoot(row1: row), name: "t", file: DataFixtures.trendFile)
        #expect(table == nil)
        #expect(diagnostics.map(\.message) == [
            DataMessages.unknownKey("beter", in: "a trend row"),
            DataMessages.missingKey("better", in: "a trend row"),
        ])
        #expect(diagnostics[0].location == SourceLocation(file: DataFixtures.trendFile, line: 8, column: 5))
        #expect(diagnostics[0].hint == "did you mean 'better'?")
        #expect(diagnostics[1].location == SourceLocation(file: DataFixtures.trendFile, line: 6, column: 5))
    }

    @Test("values and a stated change together are an error at the change")
    func bothSeriesAndStated() {
        let row = Node.map([
            "measure": Node.text("Sexual offences", 6, 14),
            "area": Node.text("Oxford", 7, 11),
            "better": Node.text("lower", 8, 13),
            "values": Node.list([Node.int(24, 9, 14), Node.int(56, 9, 18)], 9, 13),
            "change": Node.int(133, 10, 13),
        ], 6, 5)
        let (_, diagnostics) = DataTableDecoder.decode(DataFixtures.trendRoot(row1: row), name: "t", file: DataFixtures.trendFile)
        #expect(diagnostics.map(\.message) == [DataMessages.seriesAndStated])
        #expect(diagnostics.first?.location.line == 10)
        #expect(diagnostics.first?.location.column == 13)
    }

    @Test("a series must have one value per period, and a direction that is lower or higher")
    func seriesShape() {
        let row = Node.map([
            "measure": Node.text("Sexual offences", 6, 14),
            "area": Node.text("Oxford", 7, 11),
            "better": Node.text("down", 8, 13),
            "values": Node.list([Node.int(24, 9, 14)], 9, 13),
        ], 6, 5)
        let (_, diagnostics) = DataTableDecoder.decode(DataFixtures.trendRoot(row1: row), name: "t", file: DataFixtures.trendFile)
        #expect(diagnostics.map(\.message) == [
            DataMessages.unknownChoice("better", "down", choices: ["lower", "higher", "neither"]),
            DataMessages.countMismatch("this row", found: 1, expected: 2, of: "periods"),
        ])
        #expect(diagnostics.map(\.location.line) == [8, 9])
    }

    @Test("a number written with an exponent is refused, with a hint")
    func exponent() {
        let row = Node.map([
            "measure": Node.text("Sexual offences", 6, 14),
            "area": Node.text("Oxford", 7, 11),
            "better": Node.text("lower", 8, 13),
            "values": Node.list([Node.int(24, 9, 14), Node.float("5.6e1", 9, 18)], 9, 13),
        ], 6, 5)
        let (_, diagnostics) = DataTableDecoder.decode(DataFixtures.trendRoot(row1: row), name: "t", file: DataFixtures.trendFile)
        #expect(diagnostics.map(\.message) == [DataMessages.notANumber("5.6e1")])
        #expect(diagnostics.first?.location == SourceLocation(file: DataFixtures.trendFile, line: 9, column: 18))
        #expect(diagnostics.first?.hint == DataMessages.notANumberHint)
    }

    @Test("a missing kind, and an unknown kind")
    func kinds() {
        let missing = Node.map(["caption": Node.text("x", 1, 10)], 1, 1)
        #expect(DataTableDecoder.decode(missing, name: "t", file: "f").diagnostics.map(\.message)
            == [DataMessages.missingKey("kind", in: "a data table")])
        let unknown = Node.map(["kind": Node.text("pie", 1, 7)], 1, 1)
        let diagnostics = DataTableDecoder.decode(unknown, name: "t", file: "f").diagnostics
        #expect(diagnostics.map(\.message) == [DataMessages.unknownKind("pie")])
        #expect(diagnostics.first?.hint == "use trend, money or figures")
    }

    // MARK: Money

    @Test("a money table: exact amounts, n/a, qualified amounts, checked totals")
    func money() {
        let (table, diagnostics) = DataTableDecoder.decode(DataFixtures.moneyRoot(), name: "pcc-funding", file: DataFixtures.moneyFile)
        #expect(diagnostics.isEmpty)
        guard case .money(let money)? = table else { Issue.record("not a money table"); return }
        #expect(money.rows.map(\.label) == ["Public Health", "Cherwell", "Oxford", "Strategic Intelligence Assessment"])
        #expect(money.rows[0].values[0].amount == number("181127"))
        #expect(money.rows[3].values[0].amount == nil)
        #expect(money.rows[3].values[1].amount == number("2364"))
        #expect(money.rows[3].values[1].qualifier == "up to")
        #expect(money.totals.map(\.scope) == [.group("csp"), .all])
        #expect(money.places == 0)
    }

    @Test("a wrong declared total fails with file, line, the declared and the computed value")
    func wrongTotal() {
        let root = DataFixtures.moneyRoot(total2015: Node.int(252743, 22, 25))
        let (table, diagnostics) = DataTableDecoder.decode(root, name: "pcc-funding", file: DataFixtures.moneyFile)
        #expect(table == nil)
        #expect(diagnostics.count == 1)
        let diagnostic = diagnostics[0]
        #expect(diagnostic.severity == .error)
        #expect(diagnostic.code == DataMessages.totalCode)
        #expect(diagnostic.location == SourceLocation(file: DataFixtures.moneyFile, line: 22, column: 25))
        #expect(diagnostic.message == "the total 'Total' for 2015-16 is declared as £252,743 but its rows add up to £252,734")
        #expect(DiagnosticFormatter().format(diagnostic).hasPrefix("content/_data/pcc-funding.yaml:22:25: error: the total"))
    }

    @Test("money is read from the literal text, never the Double: 0.1 + 0.2 pounds is exactly 0.30")
    func moneyExactness() {
        let root = Node.map([
            "kind": Node.text("money", 1, 7),
            "caption": Node.text("Pence", 2, 10),
            "columns": Node.list([Node.text("2015-16", 3, 11)], 3, 10),
            "rows": Node.list([
                Node.map(["label": Node.text("A", 5, 12), "values": Node.list([Node.float("0.1", 6, 14)], 6, 13)], 5, 5),
                Node.map(["label": Node.text("B", 7, 12), "values": Node.list([Node.float("0.2", 8, 14)], 8, 13)], 7, 5),
            ], 5, 3),
            "totals": Node.list([
                Node.map([
                    "label": Node.text("Total", 10, 12), "of": Node.text("all", 11, 9),
                    "values": Node.list([Node.text("0.30", 12, 14)], 12, 13),
                ], 10, 5),
            ], 10, 3),
        ], 1, 1)
        let (table, diagnostics) = DataTableDecoder.decode(root, name: "pence", file: "f.yaml")
        #expect(diagnostics.isEmpty)
        guard case .money(let money)? = table else { Issue.record("not decoded"); return }
        #expect(money.sum(column: 0, of: .all) == number("0.30"))
        #expect(money.places == 2)
        #expect(MoneyAmount(money.sum(column: 0, of: .all)).text(places: money.places) == "£0.30")
    }

    @Test("more than two decimal places of money is an error")
    func tooManyPence() {
        let root = Node.map([
            "kind": Node.text("money", 1, 7),
            "caption": Node.text("Pence", 2, 10),
            "columns": Node.list([Node.text("2015-16", 3, 11)], 3, 10),
            "rows": Node.list([
                Node.map(["label": Node.text("A", 5, 12), "values": Node.list([Node.float("0.125", 6, 14)], 6, 13)], 5, 5),
            ], 5, 3),
        ], 1, 1)
        let diagnostics = DataTableDecoder.decode(root, name: "pence", file: "f.yaml").diagnostics
        #expect(diagnostics.map(\.message) == [DataMessages.tooManyPence])
        #expect(diagnostics.first?.location.line == 6)
    }

    @Test("totals without values are computed, and a sub-total of an unknown group is an error")
    func computedTotals() {
        let root = Node.map([
            "kind": Node.text("money", 1, 7),
            "caption": Node.text("Funding", 2, 10),
            "columns": Node.list([Node.text("2015-16", 3, 11)], 3, 10),
            "rows": Node.list([
                Node.map(["label": Node.text("A", 5, 12), "values": Node.list([Node.text("£1,000.50", 6, 14)], 6, 13)], 5, 5),
                Node.map(["label": Node.text("B", 7, 12), "values": Node.list([Node.int(2000, 8, 14)], 8, 13)], 7, 5),
            ], 5, 3),
            "totals": Node.list([
                Node.map(["label": Node.text("Total", 10, 12), "of": Node.text("all", 11, 9)], 10, 5),
            ], 10, 3),
        ], 1, 1)
        guard case .money(let money)? = DataTableDecoder.decode(root, name: "f", file: "f.yaml").table else {
            Issue.record("not decoded"); return
        }
        #expect(money.totals[0].values.map(\.amount) == [number("3000.50")])
        #expect(money.totals[0].isDeclared == false)

        var table = money
        table.totals = [MoneyTotal(label: "Sub", scope: .group("csp"), values: [MoneyAmount(number("1"))], line: 12)]
        let diagnostics = TotalsCheck.check(table, file: "f.yaml").diagnostics
        #expect(diagnostics.map(\.message) == [DataMessages.unknownGroup])
        #expect(diagnostics.first?.location.line == 12)
    }

    // MARK: Figures

    @Test("key figures")
    func figures() {
        let root = Node.map([
            "kind": Node.text("figures", 1, 7),
            "caption": Node.text("ASPIRE in 2014-15", 2, 10),
            "figures": Node.list([
                Node.map(["value": Node.int(43, 4, 14), "label": Node.text("clients", 5, 12)], 4, 5),
                Node.map([
                    "value": Node.int(2, 6, 14), "unit": Node.text("percent", 7, 11),
                    "label": Node.text("clients re-offend", 8, 12),
                ], 6, 5),
            ], 4, 3),
        ], 1, 1)
        let (table, diagnostics) = DataTableDecoder.decode(root, name: "aspire", file: "f.yaml")
        #expect(diagnostics.isEmpty)
        guard case .figures(let row)? = table else { Issue.record("not figures"); return }
        #expect(row.figures.map(\.text) == ["43", "2%"])
        #expect(row.figures.map(\.label) == ["clients", "clients re-offend"])
    }

    @Test("key figures in a page's own front matter")
    func pageFigures() {
        let list = Node.list([
            Node.map(["value": Node.int(43, 3, 14), "label": Node.text("clients", 3, 25)], 3, 5),
            Node.map(["value": Node.text("lots", 4, 14), "label": Node.text("x", 4, 25)], 4, 5),
        ], 3, 3)
        let (figures, diagnostics) = DataTableDecoder.keyFigures(list, file: "content/projects/aspire.md")
        #expect(figures.isEmpty)
        #expect(diagnostics.map(\.message) == [DataMessages.notANumber("lots")])
        #expect(diagnostics.first?.location == SourceLocation(file: "content/projects/aspire.md", line: 4, column: 14))
        let good = DataTableDecoder.keyFigures(Node.list([list.value.sequenceItems[0]], 3, 3), file: "a.md")
        #expect(good.figures.map(\.text) == ["43"])
    }
}

private extension FrontMatterValue {
    var sequenceItems: [FrontMatterNode] {
        if case .sequence(let items) = self { return items }
        return []
    }
}
