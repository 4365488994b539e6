@testable import DataTables
import Testing

/// What each figure address quotes from a table, written as the table writes it, and what is
/// wrong when it names nothing.
@Suite("Figures quoted from tables")
struct QuotedFigureTests {
    static let trend = DataTable.trend(TrendTable(
        name: "crime", caption: "Crime", periods: ["2013/14", "2014/15"],
        rows: [
            TrendRow(measure: "Robbery", area: "Oxford", better: .lower, values: [number("1200"), number("912")]),
            TrendRow(measure: "Cycle theft", area: "Oxford", better: .lower,
                     statedChange: StatedChange(percent: number("-4"), period: "2014/15", qualifier: "nearly")),
            TrendRow(measure: "Sexual offences, over part of each year", area: "Oxford", better: .neither,
                     values: [number("24"), number("56")], statuses: [.partYear, .partYear], comparesMarked: true, id: "sexual-offences"),
            TrendRow(measure: "Contacts", area: "Oxford", better: .neither, values: [number("3500"), number("5000")],
                     statuses: [nil, .projected]),
            TrendRow(measure: "Arson", area: "Oxford", better: .lower, values: [nil, number("5")]),
            TrendRow(measure: "Burglary", area: "Oxford", better: .lower, values: [number("10"), number("9")]),
            TrendRow(measure: "Burglary", area: "Banbury", better: .lower, values: [number("8"), number("7")]),
        ]))
    static let rates = DataTable.trend(TrendTable(
        name: "rates", caption: "Rates", unit: .percent, periods: ["2010", "2011"],
        rows: [TrendRow(measure: "Detection rate", area: "Vale", better: .higher, values: [number("47.2"), number("50.1")])]))
    static let money = DataTable.money(MoneyTable(
        name: "funding", caption: "Funding", columns: ["2014-15", "2015-16"],
        rows: [
            MoneyRow(label: "Public Health", values: [MoneyAmount(number("181127")), MoneyAmount(number("65127"))]),
            MoneyRow(label: "Strategic Intelligence Assessment", values: [.notApplicable, MoneyAmount(number("2364"), qualifier: "up to")]),
        ],
        totals: [MoneyTotal(label: "TOTAL", scope: .all, values: [MoneyAmount(number("181127")), MoneyAmount(number("67491"))])]))
    static let figures = DataTable.figures(FigureRow(name: "headlines", caption: "Headlines", figures: [
        KeyFigure(value: number("6000"), label: "young people (over 6,000)", id: "youth-activators"),
        KeyFigure(value: number("64180"), unit: .pounds, label: "from the Commissioner"),
    ]))

    func quote(_ table: DataTable, _ destination: String) -> Result<String, DataBlockError> {
        FigureAddress.parse(destination).flatMap { table.quote($0) }
    }

    @Test("a row's figure for a period, or its earliest or latest, with the table's unit and grouping", arguments: [
        ("figure:crime/robbery/2013-14", "1,200"),
        ("figure:crime/robbery/earliest", "1,200"),
        ("figure:crime/robbery/latest", "912"),
        ("figure:crime/sexual-offences/latest", "56"),
        ("figure:crime/contacts/2014-15", "5,000"),
        ("figure:crime/arson/earliest", "5"),
        ("figure:rates/detection-rate/2011", "50.1%"),
        ("figure:funding/public-health/2014-15", "£181,127"),
        ("figure:funding/strategic-intelligence-assessment/latest", "up to £2,364"),
        ("figure:funding/total/2015-16", "£67,491"),
        ("figure:headlines/youth-activators", "6,000"),
        ("figure:headlines/from-the-commissioner", "£64,180"),
        ("FIGURE:Crime/Robbery/Latest", "912"),
    ])
    func values(destination: String, text: String) throws {
        #expect(try quote(table(of: destination), destination).get() == text)
    }

    @Test("the change between the ends: a percentage with the table's decimals (or as stated, with its qualifier), or the difference", arguments: [
        ("figure:crime/robbery/fall", "24.0%"),
        ("figure:crime/robbery/difference", "288"),
        ("figure:crime/cycle-theft/fall", "nearly 4%"),
        ("figure:crime/sexual-offences/rise", "133.3%"),
        ("figure:rates/detection-rate/rise", "2.9 percentage points"),
        ("figure:rates/detection-rate/difference", "2.9 percentage points"),
        ("figure:funding/public-health/fall", "64.0%"),
        ("figure:funding/public-health/difference", "£116,000"),
    ])
    func changes(destination: String, text: String) throws {
        #expect(try quote(table(of: destination), destination).get() == text)
    }

    @Test("what cannot be quoted is an error that says why and gives an address that can", arguments: [
        ("figure:crime/robbery/rise", "'crime' shows a fall of 24.0% for 'robbery', not a rise", "figure:crime/robbery/fall"),
        ("figure:crime/contacts/rise", "'contacts' in 'crime' has no change to quote", "figure:crime/contacts/latest"),
        ("figure:crime/arson/2013-14", "'crime' has no figure for 'arson' in 2013/14", "figure:crime/arson/latest"),
        ("figure:crime/cycle-theft/latest", "'cycle-theft' in 'crime' has no figures by period, only a percentage change as published",
         "figure:crime/cycle-theft/fall"),
        ("figure:crime/cycle-theft/difference", "'cycle-theft' in 'crime' gives only a percentage change, so there is no difference to quote",
         "figure:crime/cycle-theft/fall"),
        ("figure:crime/burglary/latest", "more than one row of 'crime' is called 'burglary'", "id: burglary-2"),
        ("figure:crime/robbery", "this figure needs a period after its row: 'crime' has a figure for each period", "figure:crime/robbery/latest"),
        ("figure:crime/robbery/2014-16", "'crime' has no period or figure called '2014-16'", "figure:crime/robbery/2014-15"),
        ("figure:crime/robery/latest", "'crime' has no row called 'robery'", "figure:crime/robbery/latest"),
        ("figure:funding/strategic-intelligence-assessment/2014-15",
         "'funding' has no figure for 'strategic-intelligence-assessment' in 2014-15", "figure:funding/strategic-intelligence-assessment/latest"),
        ("figure:headlines/youth-activators/latest", "'headlines' holds key figures, which have no periods", "figure:headlines/youth-activators"),
        ("figure:headlines/youth-activator", "'headlines' has no row called 'youth-activator'", "figure:headlines/youth-activators"),
        ("figure:crime", "'figure:crime' is not a figure's address", "figure:oxford-crime-trends/sexual-offences/latest"),
        ("figure:crime//latest", "'figure:crime//latest' is not a figure's address", "figure:oxford-crime-trends/sexual-offences/latest"),
    ])
    func problems(destination: String, message: String, fix: String) {
        guard case .failure(let error) = quote(table(of: destination), destination) else {
            Issue.record("\(destination) was quoted")
            return
        }
        #expect(error.message == message)
        #expect(error.hint?.contains(fix) == true, "\(error.hint ?? "")")
    }

    @Test("a misspelt name's nearest address replaces each name the table lacks; a name far from all is listed, not guessed")
    func nearestAddress() {
        #expect(Self.trend.nearestAddress(to: FigureAddress(data: "crim", row: "robery", part: "2014-16")).destination == "figure:crime/robbery/2014-15")
        #expect(Self.trend.nearestAddress(to: FigureAddress(data: "crime", row: "robbery")).destination == "figure:crime/robbery/latest")
        #expect(Self.figures.nearestAddress(to: FigureAddress(data: "headlines", row: "youth-activators", part: "latest")).destination
            == "figure:headlines/youth-activators")
        guard case .failure(let error) = quote(Self.trend, "figure:crime/homicide/latest") else {
            Issue.record("quoted")
            return
        }
        #expect(error.hint?.hasPrefix("Its rows are called: ") == true, "\(error.hint ?? "")")
    }

    func table(of destination: String) -> DataTable {
        let name = destination.dropFirst("figure:".count).split(separator: "/").first.map { $0.lowercased() }
        return [Self.trend, Self.rates, Self.money, Self.figures].first { $0.name == name } ?? Self.trend
    }
}
