@testable import DataTables
@testable import Diagnostics
@testable import FrontMatter
@testable import SaferSiteKit
import Testing

/// Data files as authors write them, read by the front-matter parser and then decoded.
@Suite("Data files in YAML, end to end")
struct DataYAMLTests {
    func decode(_ yaml: String, file: String) -> (table: DataTable?, diagnostics: [Diagnostic]) {
        let (root, parseDiagnostics) = FrontMatterParser.parseDocument(yaml, file: file)
        guard let root else { return (nil, parseDiagnostics) }
        let (table, diagnostics) = DataTableDecoder.decode(root, name: "t", file: file)
        return (table, parseDiagnostics + diagnostics)
    }

    /// Figure 3 of the Oxfordshire Safer Communities Partnership Business Plan 2015-16.
    func funding(total2015: String) -> String {
        """
        kind: money
        caption: Police and Crime Commissioner funding
        source: Oxfordshire Safer Communities Partnership Business Plan 2015-16
        columns: ["2014-15", "2015-16"]
        rows:
          - label: Public Health
            values: [181127, 65127]
          - label: Youth Offending / Early Intervention Service
            values: [257866, 257866]
          - {label: Cherwell, group: csp, values: [64180, 64180]}
          - {label: Oxford, group: csp, values: [121063, 121063]}
          - {label: South and Vale, group: csp, values: [117111, 117111]}
          - {label: West Oxfordshire, group: csp, values: [47969, 47969]}
          - {label: Support high risk victims of domestic abuse, group: da, values: [n/a, 40000]}
          - {label: Violence Against Women and Girls Coordinator, group: da, values: [n/a, 45000]}
          - {label: Domestic abuse champions training, group: da, values: [n/a, 16000]}
          - {label: FGM awareness raising, group: da, values: [n/a, 10000]}
          - label: Strategic Intelligence Assessment
            values: [n/a, "up to 2,364"]
        totals:
          - {label: Community safety partnerships sub-total, of: csp, values: [350323, 350323]}
          - {label: Domestic abuse and exploitation sub-total, of: da, values: [n/a, 111000]}
          - label: Total
            of: all
            values: [789316, \(total2015)]
        notes:
          - Just under £53k of the funding for 2014-15 is carried forward to 2015-16.
        """
    }

    @Test("the published funding table adds up")
    func fundingAddsUp() {
        let (table, diagnostics) = decode(funding(total2015: "786680"), file: "content/_data/pcc-funding.yaml")
        #expect(diagnostics.isEmpty)
        guard case .money(let money)? = table else { Issue.record("not decoded"); return }
        #expect(money.rows.count == 11)
        #expect(money.totals.map(\.values).map { $0.map { $0.text(places: 0) } } == [
            ["£350,323", "£350,323"], ["n/a", "£111,000"], ["£789,316", "£786,680"],
        ])
    }

    @Test("a mistyped total is reported at its line, with both values")
    func fundingWrongTotal() {
        let file = "content/_data/pcc-funding.yaml"
        let marked = MarkedText(funding(total2015: "1️⃣786860"))
        let (table, diagnostics) = decode(marked.text, file: file)
        #expect(table == nil)
        #expect(diagnostics.map(\.message) == [
            "the total 'Total' for 2015-16 is declared as £786,860 but its rows add up to £786,680",
        ])
        #expect(diagnostics.first?.location == marked.location("1️⃣", file: file))
    }

    @Test("the documented trend example decodes")
    func documentedTrend() {
        let yaml = """
            kind: trend
            caption: Recorded crime in Oxford
            source: Oxford City Council report to the City Executive Board, February 2015
            unit: count
            periods: ["2013/14", "2014/15"]
            rows:
              - measure: Sexual offences
                area: Oxford
                better: lower
                values: [24, 56]
              - measure: All crime
                area: Oxford
                better: lower
                change: -9.5
                period: 2013/14 to 2014/15
              - measure: Cycle theft
                area: Oxford
                better: lower
                change: -4
                period: 2014/15
                qualifier: nearly
            """
        let (table, diagnostics) = decode(yaml, file: "content/_data/oxford-crime-trends.yaml")
        #expect(diagnostics.isEmpty)
        guard case .trend(let trend)? = table else { Issue.record("not decoded"); return }
        #expect(trend.rows.compactMap { trend.change(of: $0)?.words } == [
            "up 133.3%, from 24 to 56", "down 9.5% (2013/14 to 2014/15)", "down nearly 4% (2014/15)",
        ])
    }

    @Test("a float written as money is read from its text, not its binary value")
    func floatLiteral() {
        let yaml = """
            kind: money
            caption: Pence
            columns: ["2015-16"]
            rows:
              - {label: A, values: [0.1]}
              - {label: B, values: [0.2]}
            totals:
              - {label: Total, of: all, values: [0.3]}
            """
        let (table, diagnostics) = decode(yaml, file: "p.yaml")
        #expect(diagnostics.isEmpty)
        guard case .money(let money)? = table else { Issue.record("not decoded"); return }
        #expect(money.totals[0].values[0].text(places: money.places) == "£0.30")
    }
}
