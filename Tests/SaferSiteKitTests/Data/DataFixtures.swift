@testable import DataTables
@testable import FrontMatter
@testable import SaferSiteKit

/// Tables used by several tests, built as the front-matter parser would give them.
enum DataFixtures {
    static let trendFile = "content/_data/oxford-crime-trends.yaml"
    static let moneyFile = "content/_data/pcc-funding.yaml"

    /// ```
    ///  1 kind: trend
    ///  2 caption: Recorded crime in Oxford
    ///  3 source: Oxford City Council report, February 2015
    ///  4 periods: ["2013/14", "2014/15"]
    ///  5 rows:
    ///  6   - measure: Sexual offences
    ///  7     area: Oxford
    ///  8     better: lower
    ///  9     values: [24, 56]
    /// 10   - measure: Cycle theft
    /// 11     area: Oxford
    /// 12     better: lower
    /// 13     change: -4
    /// 14     period: 2014/15
    /// 15     qualifier: nearly
    /// ```
    static func trendRoot(row1: FrontMatterNode? = nil) -> FrontMatterNode {
        Node.map([
            "kind": Node.text("trend", 1, 7),
            "caption": Node.text("Recorded crime in Oxford", 2, 10),
            "source": Node.text("Oxford City Council report, February 2015", 3, 9),
            "periods": Node.list([Node.text("2013/14", 4, 11), Node.text("2014/15", 4, 22)], 4, 10),
            "rows": Node.list([
                row1 ?? sexualOffences(),
                Node.map([
                    "measure": Node.text("Cycle theft", 10, 14),
                    "area": Node.text("Oxford", 11, 11),
                    "better": Node.text("lower", 12, 13),
                    "change": Node.int(-4, 13, 13),
                    "period": Node.text("2014/15", 14, 13),
                    "qualifier": Node.text("nearly", 15, 16),
                ], 10, 5),
            ], 6, 3),
        ], 1, 1)
    }

    static func sexualOffences() -> FrontMatterNode {
        Node.map([
            "measure": Node.text("Sexual offences", 6, 14),
            "area": Node.text("Oxford", 7, 11),
            "better": Node.text("lower", 8, 13),
            "values": Node.list([Node.int(24, 9, 14), Node.int(56, 9, 18)], 9, 13),
        ], 6, 5)
    }

    /// The PCC funding table (2015-16 business plan), shortened: 2 columns, a group of two
    /// community safety partnerships with their sub-total, and the total.
    ///
    /// ```
    ///  1 kind: money
    ///  2 caption: Police and Crime Commissioner funding
    ///  3 source: Oxfordshire Safer Communities Partnership Business Plan 2015-16
    ///  4 columns: ["2014-15", "2015-16"]
    ///  5 rows:
    ///  6   - label: Public Health
    ///  7     values: ["181,127", 65127]
    ///  8   - label: Cherwell
    ///  9     group: csp
    /// 10     values: [64180, 64180]
    /// 11   - label: Oxford
    /// 12     group: csp
    /// 13     values: [121063, 121063]
    /// 14   - label: Strategic Intelligence Assessment
    /// 15     values: [n/a, "up to 2,364"]
    /// 16 totals:
    /// 17   - label: Community safety partnerships sub-total
    /// 18     of: csp
    /// 19     values: [185243, 185243]
    /// 20   - label: Total
    /// 21     of: all
    /// 22     values: [366370, TOTAL_2015]
    /// ```
    static func moneyRoot(total2015: FrontMatterNode = Node.int(252734, 22, 25)) -> FrontMatterNode {
        Node.map([
            "kind": Node.text("money", 1, 7),
            "caption": Node.text("Police and Crime Commissioner funding", 2, 10),
            "source": Node.text("Oxfordshire Safer Communities Partnership Business Plan 2015-16", 3, 9),
            "columns": Node.list([Node.text("2014-15", 4, 11), Node.text("2015-16", 4, 22)], 4, 10),
            "rows": Node.list([
                Node.map([
                    "label": Node.text("Public Health", 6, 12),
                    "values": Node.list([Node.text("181,127", 7, 14), Node.int(65127, 7, 25)], 7, 13),
                ], 6, 5),
                Node.map([
                    "label": Node.text("Cherwell", 8, 12),
                    "group": Node.text("csp", 9, 12),
                    "values": Node.list([Node.int(64180, 10, 14), Node.int(64180, 10, 21)], 10, 13),
                ], 8, 5),
                Node.map([
                    "label": Node.text("Oxford", 11, 12),
                    "group": Node.text("csp", 12, 12),
                    "values": Node.list([Node.int(121063, 13, 14), Node.int(121063, 13, 22)], 13, 13),
                ], 11, 5),
                Node.map([
                    "label": Node.text("Strategic Intelligence Assessment", 14, 12),
                    "values": Node.list([Node.text("n/a", 15, 14), Node.text("up to 2,364", 15, 19)], 15, 13),
                ], 14, 5),
            ], 6, 3),
            "totals": Node.list([
                Node.map([
                    "label": Node.text("Community safety partnerships sub-total", 17, 12),
                    "of": Node.text("csp", 18, 9),
                    "values": Node.list([Node.int(185243, 19, 14), Node.int(185243, 19, 22)], 19, 13),
                ], 17, 5),
                Node.map([
                    "label": Node.text("Total", 20, 12),
                    "of": Node.text("all", 21, 9),
                    "values": Node.list([Node.int(366370, 22, 14), total2015], 22, 13),
                ], 20, 5),
            ], 17, 3),
        ], 1, 1)
    }

    static var trend: TrendTable {
        guard case .trend(let table)? = DataTableDecoder.decode(trendRoot(), name: "oxford-crime-trends", file: trendFile).table
        else { fatalError("fixture does not decode") }
        return table
    }

    static var money: MoneyTable {
        guard case .money(let table)? = DataTableDecoder.decode(moneyRoot(), name: "pcc-funding", file: moneyFile).table
        else { fatalError("fixture does not decode") }
        return table
    }
}
