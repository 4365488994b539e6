@testable import DataTables
@testable import SaferSiteKit
import Testing

@Suite("CSV reader (RFC 4180)")
struct CSVReaderTests {
    let file = "content/_data/t.csv"

    func texts(_ csv: String) -> [[String]] {
        CSVReader.read(csv, file: file).records.map { $0.fields.map(\.text) }
    }

    @Test("plain fields and records")
    func plain() {
        #expect(texts("a,b,c\n1,2,3\n") == [["a", "b", "c"], ["1", "2", "3"]])
        #expect(texts("a,b\n1,2") == [["a", "b"], ["1", "2"]])
    }

    @Test("quoted fields hold commas, doubled quotes and line breaks")
    func quoted() {
        let csv = "label,note\n\"Cherwell, North\",\"said \"\"hello\"\"\"\n\"two\nlines\",x\n"
        #expect(texts(csv) == [["label", "note"], ["Cherwell, North", "said \"hello\""], ["two\nlines", "x"]])
    }

    @Test("CRLF and CR line ends, and a CRLF inside quotes kept as written")
    func lineEnds() {
        #expect(texts("a,b\r\n1,2\r\n") == [["a", "b"], ["1", "2"]])
        #expect(texts("a,b\r1,2\r") == [["a", "b"], ["1", "2"]])
        #expect(texts("a\r\n\"x\r\ny\"\r\n") == [["a"], ["x\r\ny"]])
    }

    @Test("empty fields, a trailing comma, blank lines and a byte-order mark")
    func edges() {
        #expect(texts("a,,c\n,,\n") == [["a", "", "c"], ["", "", ""]])
        #expect(texts("a,b,\n") == [["a", "b", ""]])
        #expect(texts("a,b\n\n1,2\n\n") == [["a", "b"], ["1", "2"]])
        #expect(texts("\u{FEFF}a,b\n") == [["a", "b"]])
        #expect(texts("\"\"\n") == [[""]])
    }

    @Test("every field knows its line and column, also after a quoted line break")
    func positions() {
        let (records, _) = CSVReader.read("a,bb\n\"x\ny\",z\nlast,1\n", file: file)
        #expect(records.map(\.line) == [1, 2, 4])
        #expect(records[1].fields.map { [$0.line, $0.column] } == [[2, 1], [3, 4]])
        #expect(records[2].fields.map { [$0.line, $0.column] } == [[4, 1], [4, 6]])
    }

    @Test("a quote inside an unquoted field is reported where it is")
    func strayQuote() {
        let marked = MarkedText("a,b\n1,x1️⃣\"y\n")
        let (_, diagnostics) = CSVReader.read(marked.text, file: file)
        #expect(diagnostics.map(\.message) == [CSVMessages.quoteInUnquotedField])
        #expect(diagnostics.first?.location == marked.location("1️⃣", file: file))
        #expect(diagnostics.first?.hint != nil)
    }

    @Test("text after a closing quote is reported where it is")
    func textAfterQuote() {
        let marked = MarkedText("a,b\n\"x\"1️⃣y,2\n")
        let (_, diagnostics) = CSVReader.read(marked.text, file: file)
        #expect(diagnostics.map(\.message) == [CSVMessages.textAfterClosingQuote])
        #expect(diagnostics.first?.location == marked.location("1️⃣", file: file))
    }

    @Test("an unclosed quote is reported at the field's start")
    func unclosed() {
        let marked = MarkedText("a,b\n1,1️⃣\"never\nclosed\n")
        let (_, diagnostics) = CSVReader.read(marked.text, file: file)
        #expect(diagnostics.map(\.message) == [CSVMessages.unclosedQuote])
        #expect(diagnostics.first?.location == marked.location("1️⃣", file: file))
        #expect(diagnostics.first?.severity == .error)
    }
}
