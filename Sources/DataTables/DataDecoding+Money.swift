import FrontMatter

/// Decoding of money tables (`kind: money`). Amounts are read from the text as written, never
/// from a floating-point value, so they are exact.
extension DataDecoding {
    /// A money table from its fields, with its totals checked (or computed when not declared).
    mutating func moneyTable(
        _ fields: Fields, name: String, csvRows: CSVRows?, csvDecoding: inout DataDecoding
    ) -> MoneyTable? {
        let start = diagnostics.count + csvDecoding.diagnostics.count
        let caption = required("caption", in: fields).flatMap { text($0, key: "caption") }
        let source = optional("source", in: fields).flatMap { text($0, key: "source") }
        if let node = optional("unit", in: fields), choice(node, key: "unit", as: DataUnit.self).map({ $0 != .pounds }) ?? false {
            error(DataMessages.moneyUnit, at: node, hint: "leave 'unit' out, or use a trend table for counts")
        }
        let notes = optional("notes", in: fields).flatMap { texts($0, key: "notes") } ?? []
        var columns: [String] = []
        var rowNodes: [FrontMatterNode] = []
        if let csvRows {
            if let node = fields["columns"] { error(DataMessages.csvDuplicatesMetadata("columns"), at: node) }
            columns = csvRows.valueColumns
            rowNodes = csvRows.rows
        } else {
            columns = required("columns", in: fields).flatMap { texts($0, key: "columns") } ?? []
            rowNodes = required("rows", in: fields).flatMap { list($0, key: "rows") } ?? []
        }
        var rows: [MoneyRow] = []
        for node in rowNodes {
            let row = csvRows == nil
                ? moneyRow(node, columns: columns)
                : csvDecoding.moneyRow(node, columns: columns)
            if let row { rows.append(row) }
        }
        let totalNodes = optional("totals", in: fields).flatMap { list($0, key: "totals") } ?? []
        let totals = totalNodes.compactMap { moneyTotal($0, columns: columns) }
        guard diagnostics.count + csvDecoding.diagnostics.count == start, let caption else { return nil }
        let table = MoneyTable(
            name: name, caption: caption, source: source, columns: columns,
            rows: rows, totals: totals, notes: notes
        )
        let (checked, problems) = TotalsCheck.check(table, file: file)
        diagnostics += problems
        return checked
    }

    /// One row: a label, an optional group and one amount per column.
    mutating func moneyRow(_ node: FrontMatterNode, columns: [String]) -> MoneyRow? {
        let start = diagnostics.count
        guard let fields = entries(of: node, what: "a money row", known: TableKind.moneyRowKeys) else { return nil }
        let label = required("label", in: fields).flatMap { text($0, key: "label") }
        let group = optional("group", in: fields).flatMap { text($0, key: "group") }
        let id = optional("id", in: fields).flatMap { text($0, key: "id") }
        let values = required("values", in: fields).flatMap { amounts($0, columns: columns, what: "this row") }
        guard diagnostics.count == start, let label, let values else { return nil }
        return MoneyRow(label: label, group: group, values: values, line: node.line, id: id)
    }

    /// One total: a label, which rows it adds up, and optionally the declared amounts.
    mutating func moneyTotal(_ node: FrontMatterNode, columns: [String]) -> MoneyTotal? {
        let start = diagnostics.count
        guard let fields = entries(of: node, what: "a total", known: TableKind.totalKeys) else { return nil }
        let label = required("label", in: fields).flatMap { text($0, key: "label") }
        let id = optional("id", in: fields).flatMap { text($0, key: "id") }
        let scope = required("of", in: fields).flatMap { text($0, key: "of") }
            .map { $0.lowercased() == "all" ? MoneyTotal.Scope.all : .group($0) }
        let declared = optional("values", in: fields).map { amounts($0, columns: columns, what: "this total") }
        guard diagnostics.count == start, let label, let scope else { return nil }
        return MoneyTotal(
            label: label, scope: scope, values: (declared ?? nil) ?? [],
            isDeclared: declared != nil, line: node.line, id: id
        )
    }
}

// MARK: - Helpers

private extension DataDecoding {
    mutating func amounts(_ node: FrontMatterNode, columns: [String], what: String) -> [MoneyAmount]? {
        guard let items = list(node, key: "values") else { return nil }
        if items.count != columns.count {
            error(DataMessages.countMismatch(what, found: items.count, expected: columns.count, of: "columns"), at: node)
            return nil
        }
        let amounts = items.compactMap { amount($0) }
        return amounts.count == items.count ? amounts : nil
    }

    /// An amount: a number, `"12,500.50"`, `"£5,000"`, `"up to 2,364"`, or `n/a` / null.
    mutating func amount(_ node: FrontMatterNode) -> MoneyAmount? {
        var qualifier: String?
        var number: ExactNumber?
        switch node.value {
        case .null:
            return MoneyAmount(nil, line: node.line, column: node.column)
        case .string(let string):
            let text = string.trimmedForData()
            if text.lowercased() == "n/a" { return MoneyAmount(nil, line: node.line, column: node.column) }
            let figureStart = text.firstIndex { $0.isDataDigit || "£-+.\u{2212}".contains($0) } ?? text.endIndex
            let words = text[..<figureStart].trimmedForData()
            qualifier = words.isEmpty ? nil : words
            var figure = Substring(text[figureStart...])
            if figure.first == "£" { figure = figure.dropFirst() }
            guard let parsed = ExactNumber(parsing: String(figure)) else {
                error(DataMessages.notANumber(text), at: node, hint: DataMessages.notANumberHint)
                return nil
            }
            number = parsed
        default:
            number = self.number(node, key: "values")
        }
        guard let number else { return nil }
        if number.places > 2, number.rounded(toPlaces: 2) != number {
            error(DataMessages.tooManyPence, at: node)
            return nil
        }
        return MoneyAmount(number, qualifier: qualifier, line: node.line, column: node.column)
    }
}
