@testable import DataTables
@testable import SaferSiteKit
import Testing

@Suite("Tables as CSV for download")
struct CSVWriterTests {
    @Test("a trend table: the figures as published, CRLF line ends")
    func trend() {
        #expect(CSVWriter.csv(for: .trend(DataFixtures.trend)) == """
            measure,area,better,2013/14,2014/15,change,period,qualifier\r
            Sexual offences,Oxford,lower,24,56,,,\r
            Cycle theft,Oxford,lower,,,-4,2014/15,nearly\r

            """)
    }

    @Test("a money table: plain amounts, n/a, qualifiers, and quoted fields")
    func money() {
        var table = DataFixtures.money
        table.rows[0].label = "Youth Offending, \"Early\" Intervention"
        #expect(CSVWriter.csv(for: .money(table)) == """
            label,group,2014-15,2015-16\r
            "Youth Offending, ""Early"" Intervention",,181127,65127\r
            Cherwell,csp,64180,64180\r
            Oxford,csp,121063,121063\r
            Strategic Intelligence Assessment,,n/a,up to 2364\r

            """)
    }

    @Test("pence are written with two places; figures with their unit; line breaks quoted")
    func penceAndFigures() {
        let money = MoneyTable(name: "p", caption: "c", columns: ["2015"], rows: [
            MoneyRow(label: "A", values: [MoneyAmount(number("0.1"))]), MoneyRow(label: "B\nC", values: [MoneyAmount(number("-2"))]),
        ])
        #expect(CSVWriter.csv(for: .money(money)) == "label,2015\r\nA,0.10\r\n\"B\nC\",-2.00\r\n")
        let figures = FigureRow(name: "f", caption: "c", figures: [KeyFigure(value: number("19"), unit: .percent, label: "employed")])
        #expect(CSVWriter.csv(for: .figures(figures)) == "value,unit,label\r\n19,percent,employed\r\n")
    }

    @Test("text a spreadsheet would run as a formula gets a leading quote; negative numbers stay numbers")
    func formulaInjection() {
        let money = MoneyTable(name: "p", caption: "c", columns: ["=2015"], rows: [
            MoneyRow(label: "=HYPERLINK(\"http://x\",\"y\")", values: [MoneyAmount(number("-2"))]),
            MoneyRow(label: "+1 cmd", values: [MoneyAmount(number("3"))]),
            MoneyRow(label: "@SUM(A1)", values: [MoneyAmount(number("-0.5"))]),
            MoneyRow(label: "-x", values: [MoneyAmount(number("1"))]),
            MoneyRow(label: "Safe = fine", values: [MoneyAmount(number("1"))]),
        ])
        #expect(CSVWriter.csv(for: .money(money)) == """
            label,'=2015\r
            "'=HYPERLINK(""http://x"",""y"")",-2.00\r
            '+1 cmd,3.00\r
            '@SUM(A1),-0.50\r
            '-x,1.00\r
            Safe = fine,1.00\r

            """)
        var trend = DataFixtures.trend
        trend.rows[0].measure = "=SUM(1)"
        trend.rows[0].area = "@A"
        #expect(CSVWriter.csv(for: .trend(trend)) == """
            measure,area,better,2013/14,2014/15,change,period,qualifier\r
            '=SUM(1),'@A,lower,24,56,,,\r
            Cycle theft,Oxford,lower,,,-4,2014/15,nearly\r

            """)
        let figures = FigureRow(name: "f", caption: "c", figures: [KeyFigure(value: number("-19"), unit: .percent, label: "\tcmd")])
        #expect(CSVWriter.csv(for: .figures(figures)) == "value,unit,label\r\n-19,percent,'\tcmd\r\n")
    }
}
