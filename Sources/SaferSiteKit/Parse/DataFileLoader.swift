import DataTables
import Diagnostics
import Foundation
import FrontMatter

/// Reads the data tables under `content/_data/` by name (the file name without its extension).
///
/// A table is a `.yaml`/`.yml` file, or a `.csv` file whose caption, source and totals live in a
/// `.yaml` file of the same folder that names it with `csv: NAME.csv`.
package struct DataFileLoader: Sendable {
    /// Creates a loader.
    package init() {}

    /// Decodes every data file; two tables with the same name are an error. `broken` names the
    /// tables that exist but could not be read, so pages using them are not told they are missing.
    package func load(_ files: [SourceFile]) -> (tables: [String: DataTable], broken: Set<String>, diagnostics: [Diagnostic]) {
        var tables: [String: DataTable] = [:]
        var seen: [String: String] = [:]
        var diagnostics: [Diagnostic] = []
        var broken: Set<String> = []
        let dataFiles = files.filter { $0.kind == .data }
        let byPath = Dictionary(dataFiles.map { ($0.relativePath, $0) }, uniquingKeysWith: { first, _ in first })
        var parsedYAML: [String: FrontMatterNode] = [:]
        var referencedCSV: Set<String> = []
        for file in dataFiles where !file.relativePath.hasSuffix(".csv") {
            guard let text = decodeText(file, &diagnostics) else { broken.insert(Self.name(of: file)); continue }
            let parsed = FrontMatterParser.parseDocument(text, file: file.path)
            diagnostics += parsed.diagnostics
            guard !parsed.diagnostics.hasErrors, let root = parsed.root else { broken.insert(Self.name(of: file)); continue }
            parsedYAML[file.relativePath] = root
            if let csv = DataTableDecoder.csvReference(in: root) {
                referencedCSV.insert(Self.sibling(csv, of: file.relativePath))
            }
        }
        for file in dataFiles {
            let name = Self.name(of: file)
            if referencedCSV.contains(file.relativePath) || broken.contains(name) && parsedYAML[file.relativePath] == nil && !file.relativePath.hasSuffix(".csv") { continue }
            if let other = seen[name] {
                diagnostics.append(.error(DataFileMessages.duplicateName(name, other: other), at: SourceLocation(file: file.path),
                                          hint: DataFileMessages.duplicateNameHint, code: "data"))
                continue
            }
            seen[name] = file.path
            let result: (table: DataTable?, diagnostics: [Diagnostic])
            if let root = parsedYAML[file.relativePath] {
                var csv: CSVSource?
                if let reference = DataTableDecoder.csvReference(in: root),
                   let csvFile = byPath[Self.sibling(reference, of: file.relativePath)],
                   let text = decodeText(csvFile, &diagnostics) {
                    csv = CSVSource(text: text, file: csvFile.path)
                }
                result = DataTableDecoder.decode(root, name: name, file: file.path, csv: csv)
            } else if file.relativePath.hasSuffix(".csv"), let text = decodeText(file, &diagnostics) {
                result = CSVDataReader.read(text, name: name, file: file.path)
            } else {
                broken.insert(name)
                continue
            }
            diagnostics += result.diagnostics
            if let table = result.table { tables[name] = table } else { broken.insert(name) }
        }
        return (tables, broken, diagnostics)
    }
}

/// Messages about data files.
package enum DataFileMessages {
    package static let duplicateNameHint = "rename one of the files: a data table is found by its file name"

    package static func duplicateName(_ name: String, other: String) -> String {
        "there is already a data table called '\(name)' (\(other))"
    }
}

// MARK: - Helpers

private extension DataFileLoader {
    func decodeText(_ file: SourceFile, _ diagnostics: inout [Diagnostic]) -> String? {
        let (text, problems) = file.text()
        diagnostics += problems
        return text
    }

    static func name(of file: SourceFile) -> String {
        let fileName = file.relativePath.split(separator: "/").last.map(String.init) ?? file.relativePath
        guard let dot = fileName.lastIndex(of: ".") else { return fileName }
        return String(fileName[..<dot])
    }

    /// A path written in a data file, relative to that file's folder.
    static func sibling(_ reference: String, of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return reference }
        return String(path[...slash]) + reference
    }
}
