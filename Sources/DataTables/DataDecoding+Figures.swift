import FrontMatter

/// Decoding of key figures (`kind: figures`).
extension DataDecoding {
    /// A row of key figures from its fields; figures come from `csvRows` when the table names a
    /// CSV file.
    mutating func figureRow(
        _ fields: Fields, name: String, csvRows: CSVRows?, csvDecoding: inout DataDecoding
    ) -> FigureRow? {
        let start = diagnostics.count + csvDecoding.diagnostics.count
        let caption = required("caption", in: fields).flatMap { text($0, key: "caption") }
        let source = optional("source", in: fields).flatMap { text($0, key: "source") }
        var figures: [KeyFigure] = []
        if let csvRows {
            figures = csvRows.rows.compactMap { csvDecoding.keyFigure($0) }
        } else {
            let nodes = required("figures", in: fields).flatMap { list($0, key: "figures") } ?? []
            figures = nodes.compactMap { keyFigure($0) }
        }
        guard diagnostics.count + csvDecoding.diagnostics.count == start, let caption else { return nil }
        return FigureRow(name: name, caption: caption, source: source, figures: figures)
    }

    /// One figure: `{value: 43, label: clients}`, with `unit: percent` or `unit: pounds` optional.
    mutating func keyFigure(_ node: FrontMatterNode) -> KeyFigure? {
        let start = diagnostics.count
        guard let fields = entries(of: node, what: "a key figure", known: TableKind.figureKeys) else { return nil }
        let value = required("value", in: fields).flatMap { number($0, key: "value") }
        let label = required("label", in: fields).flatMap { text($0, key: "label") }
        let id = optional("id", in: fields).flatMap { text($0, key: "id") }
        let unit = optional("unit", in: fields).map { choice($0, key: "unit", as: DataUnit.self) } ?? .count
        guard diagnostics.count == start, let value, let label, let unit else { return nil }
        return KeyFigure(value: value, unit: unit, label: label, line: node.line, id: id)
    }
}
