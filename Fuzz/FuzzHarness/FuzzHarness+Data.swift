import DataTables
import FrontMatter
import SaferSiteKit

extension FuzzHarness {
    /// The line that splits a data input into a YAML file and the CSV file it names.
    public static let csvSeparator = "\n%%csv\n"

    /// Data tables: the CSV reader, CSV tables, YAML tables, and YAML tables that take their rows
    /// from a CSV file; every table decoded is rendered each way a page can ask for it.
    ///
    /// An input holding `csvSeparator` is a YAML file (before) naming a CSV file (after).
    public static func data(_ bytes: [UInt8]) -> [String] {
        let text = String(decoding: bytes, as: UTF8.self)
        if let split = text.range(of: csvSeparator) {
            let yaml = String(text[..<split.lowerBound])
            let csv = CSVSource(text: String(text[split.upperBound...]), file: "content/_data/fuzz.csv")
            let parsed = FrontMatterParser.parseDocument(yaml, file: "content/_data/fuzz.yaml")
            var problems: [String] = []
            if let root = parsed.root {
                let decoded = DataTableDecoder.decode(root, name: "fuzz", file: "content/_data/fuzz.yaml", csv: csv)
                problems += FuzzOracle.renderingProblems(decoded.table)
                let withoutCSV = DataTableDecoder.decode(root, name: "fuzz", file: "content/_data/fuzz.yaml")
                problems += FuzzOracle.renderingProblems(withoutCSV.table)
            }
            let table = CSVDataReader.read(csv.text, name: "fuzz", file: csv.file, metadata: parsed.root,
                                           metadataFile: "content/_data/fuzz.yaml").table
            return problems + FuzzOracle.renderingProblems(table)
        }
        _ = CSVReader.read(text, file: "content/_data/fuzz.csv")
        var problems = FuzzOracle.renderingProblems(CSVDataReader.read(text, name: "fuzz", file: "content/_data/fuzz.csv").table)
        let parsed = FrontMatterParser.parseDocument(text, file: "content/_data/fuzz.yaml")
        if let root = parsed.root {
            problems += FuzzOracle.renderingProblems(DataTableDecoder.decode(root, name: "fuzz", file: "content/_data/fuzz.yaml").table)
        }
        return problems
    }
}
