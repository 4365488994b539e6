@testable import DataTables
@testable import SaferSiteKit
import Testing

@Suite("Exact numbers")
struct ExactNumberTests {
    @Test("reads plain decimals", arguments: [
        ("12500", 12500, 0), ("12500.50", 1250050, 2), ("-9.5", -95, 1), ("5,000", 5000, 0),
        ("1,234,567.89", 123456789, 2), (".5", 5, 1), ("+3", 3, 0), ("\u{2212}4", -4, 0), (" 7 ", 7, 0),
    ])
    func reads(text: String, units: Int, places: Int) {
        let parsed = ExactNumber(parsing: text)
        #expect(parsed?.units == units)
        #expect(parsed?.places == places)
    }

    @Test("refuses what it cannot read exactly", arguments: ["1e5", "", "-", "12,50", "1.2.3", "£5", "five", ".inf", "1.", "1,0000"])
    func refuses(text: String) {
        #expect(ExactNumber(parsing: text) == nil)
    }

    @Test("sums reaching the lowest whole number count as overflow, so nothing later can trap on it")
    func noIntMin() {
        let low = ExactNumber(units: -Int.max, places: 0)
        let one = ExactNumber(units: 1, places: 0)
        #expect(low.adding(ExactNumber(units: -1, places: 0)) == nil)
        #expect(low.subtracting(one) == nil)
        #expect(ExactNumber.percentChange(from: low, to: one, places: 1) == nil)
    }

    @Test("money sums exactly: 0.1 + 0.2 is 0.30")
    func exactSum() {
        let sum = ExactNumber.sum([number("0.1"), number("0.2")])
        #expect(sum == number("0.30"))
        #expect(sum?.description == "0.3")
        #expect(ExactNumber.sum([number("0.10"), number("0.20")])?.description == "0.30")
    }

    @Test("compares by value, whatever the places")
    func equality() {
        #expect(number("2.50") == number("2.5"))
        #expect(Set([number("2.50"), number("2.5")]).count == 1)
        #expect(number("-1") < number("0.5"))
    }

    @Test("rounds halves away from zero", arguments: [
        ("2.25", 1, "2.3"), ("-2.25", 1, "-2.3"), ("2.24", 1, "2.2"), ("0.05", 1, "0.1"),
        ("-0.05", 1, "-0.1"), ("2.5", 0, "3"), ("-2.5", 0, "-3"), ("1.5", 0, "2"), ("9.5", 2, "9.50"),
    ])
    func rounding(text: String, places: Int, expected: String) {
        #expect(number(text).rounded(toPlaces: places)?.description == expected)
    }

    @Test("percentage change", arguments: [
        ("24", "56", 1, "133.3"), ("200", "181", 1, "-9.5"), ("8", "9", 1, "12.5"), ("-8", "-9", 1, "-12.5"),
        ("3", "2", 1, "-33.3"), ("3", "1", 0, "-67"), ("3500", "5000", 1, "42.9"), ("400", "401", 2, "0.25"),
        // 1/8 = 12.5% exactly: the half rounds away from zero at 0 places.
        ("8", "9", 0, "13"), ("8", "7", 0, "-13"),
    ])
    func percentChange(from: String, to: String, places: Int, expected: String) {
        #expect(ExactNumber.percentChange(from: number(from), to: number(to), places: places)?.description == expected)
    }

    @Test("there is no percentage change from zero")
    func fromZero() {
        #expect(ExactNumber.percentChange(from: .zero, to: number("5"), places: 1) == nil)
    }

    @Test("overflow gives nil, never a trap")
    func overflow() {
        let big = ExactNumber(units: Int.max)
        #expect(big.adding(ExactNumber(units: 1)) == nil)
        #expect(ExactNumber(parsing: "99999999999999999999") == nil)
    }

    @Test("formats with en-GB grouping and a true minus", arguments: [
        ("5000", "5,000"), ("1234567.5", "1,234,567.5"), ("-1234", "\u{2212}1,234"), ("0.05", "0.05"), ("999", "999"),
    ])
    func formatting(text: String, expected: String) {
        #expect(ExactNumberFormat(places: nil).string(for: number(text)) == expected)
    }

    @Test("units are stated", arguments: [
        (DataUnit.pounds, "786680", "£786,680"), (.pounds, "-5", "\u{2212}£5"), (.percent, "19", "19%"), (.count, "5000", "5,000"),
    ])
    func units(unit: DataUnit, text: String, expected: String) {
        #expect(unit.text(number(text)) == expected)
    }
}
