@testable import DataTables
@testable import SaferSiteKit
import Testing

@Suite("Trend changes in words")
struct TrendChangeTests {
    func change(_ values: [String?], unit: DataUnit = .count, better: BetterDirection = .lower, decimals: Int = 1,
                periods: [String]? = nil) -> TrendChange? {
        let periods = periods ?? values.indices.map { "P\($0 + 1)" }
        let row = TrendRow(measure: "m", area: "a", better: better, values: values.map { $0.map(number) })
        return TrendTable(name: "t", caption: "c", unit: unit, decimals: decimals, periods: periods, rows: [row]).change(of: row)
    }

    @Test("computed from a series, rounded to one decimal place, half away from zero", arguments: [
        (["24", "56"], "up 133.3%, from 24 to 56"),
        (["200", "181"], "down 9.5%, from 200 to 181"),
        (["8", "9"], "up 12.5%, from 8 to 9"),
        (["3500", "5000"], "up 42.9%, from 3,500 to 5,000"),
        (["0", "5"], "up from 0 to 5"),
        (["5", "0"], "down 100.0%, from 5 to 0"),
        (["56", "56"], "no change, from 56 to 56"),
    ])
    func series(values: [String], words: String) {
        #expect(change(values)?.words == words)
    }

    @Test("whole-number rounding when the data says decimals: 0")
    func decimalsZero() {
        #expect(change(["8", "9"], decimals: 0)?.words == "up 13%, from 8 to 9")
        #expect(change(["8", "7"], decimals: 0)?.words == "down 13%, from 8 to 7")
    }

    @Test("better or worse follows the row's direction, never the sign alone")
    func judgement() {
        #expect(change(["24", "56"], better: .lower)?.judgement == .worse)
        #expect(change(["24", "56"], better: .higher)?.judgement == .better)
        #expect(change(["56", "24"], better: .lower)?.judgement == .better)
        #expect(change(["5", "5"])?.judgement == .unchanged)
        #expect(change(["24", "56"])?.arrow == "\u{2191}")
    }

    @Test("a series of more than two periods names them; gaps are skipped")
    func longSeries() {
        let words = change(["100", nil, "110"], periods: ["2011/12", "2012/13", "2013/14"])?.words
        #expect(words == "up 10.0%, from 100 in 2011/12 to 110 in 2013/14")
        #expect(change(["100", nil]) == nil)
    }

    @Test("percentages change by percentage points, exactly")
    func percentagePoints() {
        #expect(change(["47.2", "50.1"], unit: .percent)?.words == "up 2.9 percentage points, from 47.2% to 50.1%")
        #expect(change(["20", "19"], unit: .percent)?.words == "down 1 percentage point, from 20% to 19%")
    }

    @Test("money changes state pounds")
    func pounds() {
        #expect(change(["181127", "65127"], unit: .pounds)?.words == "down 64.0%, from £181,127 to £65,127")
    }

    @Test("a stated change is said as published", arguments: [
        (StatedChange(percent: number("-14"), period: "2010/11"), "down 14% (2010/11)"),
        (StatedChange(percent: number("-4"), period: "2014/15", qualifier: "nearly"), "down nearly 4% (2014/15)"),
        (StatedChange(percent: number("-16.7"), period: "2010/11"), "down 16.7% (2010/11)"),
        (StatedChange(percent: number("20"), period: "2010/11", qualifier: "over"), "up over 20% (2010/11)"),
        (StatedChange(percent: number("0"), period: "2010/11"), "no change (2010/11)"),
    ])
    func stated(stated: StatedChange, words: String) {
        let row = TrendRow(measure: "m", area: "a", better: .lower, statedChange: stated)
        #expect(TrendTable(name: "t", caption: "c", periods: [], rows: [row]).change(of: row)?.words == words)
    }
}
