import Foundation

/// Reads the data tables under `content/_data/` by name (the file name without its extension).
public struct DataFileLoader: Sendable {
    /// Creates a loader.
    public init() {}

    /// Decodes every data file; two files with the same name are an error.
    public func load(_ files: [SourceFile]) -> ([String: DataTable], [Diagnostic]) {
        var tables: [String: DataTable] = [:]
        var seen: [String: String] = [:]
        var diagnostics: [Diagnostic] = []
        for file in files where file.kind == .data {
            let fileName = (file.relativePath as NSString).lastPathComponent
            let name = (fileName as NSString).deletingPathExtension
            if let other = seen[name] {
                diagnostics.append(.error(DataFileMessages.duplicateName(name, other: other), at: SourceLocation(file: file.path),
                                          hint: DataFileMessages.duplicateNameHint, code: "data"))
                continue
            }
            seen[name] = file.path
            guard let text = String(data: file.data, encoding: .utf8) else {
                diagnostics.append(PageParser.notUTF8(file))
                continue
            }
            let result: (table: DataTable?, diagnostics: [Diagnostic])
            if fileName.hasSuffix(".csv") {
                result = CSVDataReader.read(text, name: name, file: file.path)
            } else {
                let parsed = FrontMatterParser.parseDocument(text, file: file.path)
                if parsed.diagnostics.hasErrors || parsed.root == nil {
                    diagnostics += parsed.diagnostics
                    continue
                }
                result = DataTableDecoder.decode(parsed.root!, name: name, file: file.path)
                diagnostics += parsed.diagnostics
            }
            diagnostics += result.diagnostics
            if let table = result.table { tables[name] = table }
        }
        return (tables, diagnostics)
    }
}

/// Messages about data files.
public enum DataFileMessages {
    public static let duplicateNameHint = "rename one of the files: a data table is found by its file name"

    public static func duplicateName(_ name: String, other: String) -> String {
        "there is already a data table called '\(name)' (\(other))"
    }
}
