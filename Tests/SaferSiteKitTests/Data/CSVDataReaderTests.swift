@testable import DataTables
@testable import Diagnostics
@testable import FrontMatter
@testable import SaferSiteKit
import Testing

@Suite("Reading tables from CSV")
struct CSVDataReaderTests {
    let csvFile = "content/_data/oxford-crime-trends.csv"
    let yamlFile = "content/_data/oxford-crime-trends.yaml"

    /// ```
    /// 1 caption: Recorded crime in Oxford
    /// 2 source: Oxford City Council report, February 2015
    /// 3 csv: oxford-crime-trends.csv
    /// ```
    var trendMetadata: FrontMatterNode {
        Node.map([
            "caption": Node.text("Recorded crime in Oxford", 1, 10),
            "source": Node.text("Oxford City Council report, February 2015", 2, 9),
            "csv": Node.text("oxford-crime-trends.csv", 3, 6),
        ], 1, 1)
    }

    let trendCSV = """
        measure,area,better,2013/14,2014/15,change,period,qualifier\r
        Sexual offences,Oxford,lower,24,56,,,\r
        Cycle theft,Oxford,lower,,,-4,2014/15,nearly\r

        """

    @Test("a trend CSV reads the same as the YAML form")
    func trend() {
        let (table, diagnostics) = CSVDataReader.read(
            trendCSV, name: "oxford-crime-trends", file: csvFile, metadata: trendMetadata, metadataFile: yamlFile
        )
        #expect(diagnostics.isEmpty)
        guard case .trend(let trend)? = table else { Issue.record("not a trend table"); return }
        var expected = DataFixtures.trend
        expected.name = "oxford-crime-trends"
        expected.rows[0].line = 2
        expected.rows[1].line = 3
        #expect(trend == expected)
    }

    @Test("the decoder reads a table whose YAML names its CSV")
    func throughDecoder() {
        #expect(DataTableDecoder.csvReference(in: trendMetadata) == "oxford-crime-trends.csv")
        let (table, diagnostics) = DataTableDecoder.decode(
            trendMetadata, name: "t", file: yamlFile, csv: CSVSource(text: trendCSV, file: csvFile)
        )
        #expect(diagnostics.isEmpty)
        #expect(table?.caption == "Recorded crime in Oxford")

        let unread = DataTableDecoder.decode(trendMetadata, name: "t", file: yamlFile)
        #expect(unread.table == nil)
        #expect(unread.diagnostics.map(\.message) == [DataMessages.csvNotRead])
        #expect(unread.diagnostics.first?.location == SourceLocation(file: yamlFile, line: 3, column: 6))
    }

    @Test("quoted CSV fields: commas, quotes and line breaks in labels")
    func quoted() {
        let csv = "label,group,2015-16\r\n\"Youth Offending, \"\"Early\"\" Intervention\",,257866\r\n\"Two\r\nlines\",,1\r\n"
        let metadata = Node.map(["caption": Node.text("Funding", 1, 10), "csv": Node.text("f.csv", 2, 6)], 1, 1)
        guard case .money(let money)? = CSVDataReader.read(csv, name: "f", file: "f.csv", metadata: metadata).table else {
            Issue.record("not read"); return
        }
        #expect(money.rows.map(\.label) == ["Youth Offending, \"Early\" Intervention", "Two\r\nlines"])
        #expect(money.rows[0].group == nil)
        #expect(money.columns == ["2015-16"])
    }

    @Test("a bad figure is reported at its cell in the CSV file")
    func badCell() {
        let marked = MarkedText("measure,area,better,2013/14,2014/15\nSexual offences,Oxford,lower,24,1️⃣fifty-six\n")
        let (table, diagnostics) = CSVDataReader.read(
            marked.text, name: "t", file: csvFile, metadata: trendMetadata, metadataFile: yamlFile
        )
        #expect(table == nil)
        #expect(diagnostics.map(\.message) == [DataMessages.notANumber("fifty-six")])
        #expect(diagnostics.first?.location == marked.location("1️⃣", file: csvFile))
    }

    @Test("a record with the wrong number of fields, and a bad direction, are located")
    func fieldCount() {
        let marked = MarkedText("measure,area,better,2013/14,2014/15\n1️⃣Robbery,Oxford,lower,5\nTheft,Oxford,2️⃣less,1,2\n")
        let diagnostics = CSVDataReader.read(marked.text, name: "t", file: csvFile, metadata: trendMetadata).diagnostics
        #expect(diagnostics.map(\.message) == [
            DataMessages.csvFieldCount(found: 4, expected: 5),
            DataMessages.unknownChoice("better", "less", choices: ["lower", "higher", "neither"]),
        ])
        #expect(diagnostics.map(\.location) == [marked.location("1️⃣", file: csvFile), marked.location("2️⃣", file: csvFile)])
    }

    @Test("the first header tells the kind; anything else is an error")
    func unknownLayout() {
        let diagnostics = CSVDataReader.read("name,2015\nx,1\n", name: "t", file: csvFile, metadata: trendMetadata).diagnostics
        #expect(diagnostics.map(\.message) == [DataMessages.unknownCSVKind("name")])
        #expect(diagnostics.first?.location == SourceLocation(file: csvFile, line: 1, column: 1))
    }

    @Test("a declared kind must match the CSV's layout")
    func kindMismatch() {
        let metadata = Node.map([
            "kind": Node.text("money", 1, 7), "caption": Node.text("x", 2, 10), "csv": Node.text("t.csv", 3, 6),
        ], 1, 1)
        let diagnostics = CSVDataReader.read(trendCSV, name: "t", file: csvFile, metadata: metadata, metadataFile: yamlFile).diagnostics
        #expect(diagnostics.map(\.message) == [DataMessages.csvKindMismatch(declared: "money", found: "trend")])
    }

    @Test("a CSV file alone has no caption: an error with a hint, after checking its rows")
    func withoutMetadata() {
        let (table, diagnostics) = CSVDataReader.read("value,label\n43,clients\nmany,people\n", name: "aspire", file: "content/_data/aspire.csv")
        #expect(table == nil)
        #expect(diagnostics.map(\.message) == [DataMessages.missingCSVCaption, DataMessages.notANumber("many")])
        #expect(diagnostics.first?.location == SourceLocation(file: "content/_data/aspire.csv", line: 1, column: 1))
        #expect(diagnostics.first?.hint == DataMessages.missingCSVCaptionHint(name: "aspire"))
    }

    @Test("a wrong total in the YAML is checked against rows from the CSV, and reported in the YAML")
    func totalsAcrossFiles() {
        let metadata = Node.map([
            "caption": Node.text("Funding", 1, 10),
            "csv": Node.text("f.csv", 2, 6),
            "totals": Node.list([
                Node.map([
                    "label": Node.text("Total", 4, 12), "of": Node.text("all", 5, 9),
                    "values": Node.list([Node.int(3001, 6, 14)], 6, 13),
                ], 4, 5),
            ], 4, 3),
        ], 1, 1)
        let csv = "label,2015-16\nA,\"1,000.50\"\nB,1999.50\n"
        let diagnostics = CSVDataReader.read(csv, name: "f", file: "f.csv", metadata: metadata, metadataFile: "f.yaml").diagnostics
        #expect(diagnostics.map(\.message) == [
            DataMessages.totalMismatch(label: "Total", column: "2015-16", declared: "£3,001.00", computed: "£3,000.00"),
        ])
        #expect(diagnostics.first?.location == SourceLocation(file: "f.yaml", line: 6, column: 14))
    }

    @Test("CSV written for download reads back to the same table")
    func roundTrip() {
        for table in [DataTable.trend(DataFixtures.trend), .money(DataFixtures.money)] {
            let metadata = Node.map(["caption": Node.text(table.caption, 1, 10), "csv": Node.text("x.csv", 2, 6)], 1, 1)
            let back = CSVDataReader.read(CSVWriter.csv(for: table), name: table.name, file: "x.csv", metadata: metadata).table
            switch (table, back) {
            case (.trend(let original), .trend(let read)?):
                #expect(read.rows.map(\.values) == original.rows.map(\.values))
                #expect(read.rows.map(\.statedChange) == original.rows.map(\.statedChange))
            case (.money(let original), .money(let read)?):
                #expect(read.rows.map(\.values).map { $0.map(\.amount) } == original.rows.map(\.values).map { $0.map(\.amount) })
                #expect(read.rows.map(\.group) == original.rows.map(\.group))
            default:
                Issue.record("\(table.name) did not read back")
            }
        }
    }

    @Test("a CSV of stated changes only, with percent signs and a quoted source")
    func statedOnly() throws {
        let csv = """
            measure,area,better,change,period,qualifier,source
            All crime,West Oxfordshire,lower,-14%,2010/11,,"West Oxfordshire CSP, Rolling Plan 2011-12"
            Criminal damage,West Oxfordshire,lower,-20,2010/11,over,
            """
        let metadata = Node.map(["caption": Node.text("Crime in West Oxfordshire", 1, 10), "csv": Node.text("w.csv", 2, 6)], 1, 1)
        let (table, diagnostics) = CSVDataReader.read(csv, name: "w", file: "w.csv", metadata: metadata)
        #expect(diagnostics.isEmpty)
        guard case .trend(let trend)? = table else { Issue.record("not read"); return }
        #expect(trend.periods.isEmpty)
        #expect(trend.sources == ["West Oxfordshire CSP, Rolling Plan 2011-12"])
        #expect(trend.rows.compactMap { trend.change(of: $0)?.words } == ["down 14% (2010/11)", "down over 20% (2010/11)"])
        let html = try DataRenderer().html(for: .trend(trend), kind: .table, id: "w", csvURL: nil)
        #expect(!html.contains("<p class=\"data-note\">"))
        #expect(html.contains("<p class=\"data-source\">Source: West Oxfordshire CSP, Rolling Plan 2011-12</p>"))
    }
}

