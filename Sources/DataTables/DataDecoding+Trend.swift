import FrontMatter

/// Decoding of trend tables (`kind: trend`).
extension DataDecoding {
    /// A trend table from its fields; rows come from `csvRows` when the table names a CSV file.
    mutating func trendTable(
        _ fields: Fields, name: String, csvRows: CSVRows?, csvDecoding: inout DataDecoding
    ) -> TrendTable? {
        let start = diagnostics.count + csvDecoding.diagnostics.count
        let caption = required("caption", in: fields).flatMap { text($0, key: "caption") }
        let source = optional("source", in: fields).flatMap { text($0, key: "source") }
        let unit = optional("unit", in: fields).map { choice($0, key: "unit", as: DataUnit.self) } ?? .count
        let decimals = optional("decimals", in: fields).map { decimalPlaces($0) } ?? TrendTable.defaultDecimals
        let area = optional("area", in: fields).flatMap { text($0, key: "area") }
        let notes = optional("notes", in: fields).flatMap { texts($0, key: "notes") } ?? []
        var periods: [String] = []
        var rowNodes: [FrontMatterNode] = []
        if let csvRows {
            if let node = fields["periods"] { error(DataMessages.csvDuplicatesMetadata("periods"), at: node) }
            periods = csvRows.valueColumns
            rowNodes = csvRows.rows
        } else {
            periods = optional("periods", in: fields).flatMap { texts($0, key: "periods") } ?? []
            rowNodes = required("rows", in: fields).flatMap { list($0, key: "rows") } ?? []
        }
        var rows: [TrendRow] = []
        for node in rowNodes {
            let row = csvRows == nil
                ? trendRow(node, periods: periods, defaultArea: area)
                : csvDecoding.trendRow(node, periods: periods, defaultArea: area)
            if let row { rows.append(row) }
        }
        guard diagnostics.count + csvDecoding.diagnostics.count == start,
              let caption, let unit, let decimals else { return nil }
        return TrendTable(
            name: name, caption: caption, source: source, unit: unit, decimals: decimals,
            periods: periods, rows: rows, notes: notes
        )
    }

    /// One trend row: a series of values by period, or a stated change over a stated period.
    mutating func trendRow(_ node: FrontMatterNode, periods: [String], defaultArea: String?) -> TrendRow? {
        let start = diagnostics.count
        guard let fields = entries(of: node, what: "a trend row", known: TableKind.trendRowKeys) else { return nil }
        let measure = required("measure", in: fields).flatMap { text($0, key: "measure") }
        let id = optional("id", in: fields).flatMap { text($0, key: "id") }
        var area = defaultArea
        if let node = optional("area", in: fields) {
            area = text(node, key: "area")
        } else if area == nil {
            error(DataMessages.missingKey("area", in: fields.what), at: node, hint: "or give the table an 'area' for every row")
        }
        let better = required("better", in: fields).flatMap { choice($0, key: "better", as: BetterDirection.self) }
        let source = optional("source", in: fields).flatMap { text($0, key: "source") }
        let valuesNode = optional("values", in: fields)
        let changeNode = optional("change", in: fields)
        var values: [ExactNumber?] = []
        var statuses: [FigureStatus?] = []
        var stated: StatedChange?
        switch (valuesNode, changeNode) {
        case (_?, let changeNode?):
            error(DataMessages.seriesAndStated, at: changeNode, hint: DataMessages.seriesAndStatedHint)
        case (let valuesNode?, nil):
            (values, statuses) = series(valuesNode, periods: periods)
            for key in ["period", "qualifier"] {
                if let extra = optional(key, in: fields) {
                    error(DataMessages.onlyWithStated, at: extra, hint: DataMessages.onlyWithStatedHint)
                }
            }
        case (nil, let changeNode?):
            stated = statedChange(changeNode, fields: fields)
            if let compare = optional("compare", in: fields) {
                error(DataMessages.compareOnlyWithSeries, at: compare, hint: DataMessages.compareOnlyWithSeriesHint)
            }
        case (nil, nil):
            error(DataMessages.neitherSeriesNorStated, at: node)
        }
        let compares = optional("compare", in: fields).flatMap { flag($0, key: "compare") } ?? false
        guard diagnostics.count == start, let measure, let area, let better else { return nil }
        return TrendRow(
            measure: measure, area: area, better: better, values: values,
            statedChange: stated, source: source, line: node.line,
            statuses: statuses.contains { $0 != nil } ? statuses : [], comparesMarked: compares, id: id
        )
    }
}

// MARK: - Helpers

private extension DataDecoding {
    mutating func decimalPlaces(_ node: FrontMatterNode) -> Int? {
        guard case .int(let places) = node.value, (0...4).contains(places) else {
            error(DataMessages.decimalsRange, at: node)
            return nil
        }
        return places
    }

    /// The values of a series and the mark of each ("5000 (projected)" is 5000, projected).
    mutating func series(_ node: FrontMatterNode, periods: [String]) -> ([ExactNumber?], [FigureStatus?]) {
        guard let items = list(node, key: "values") else { return ([], []) }
        if periods.isEmpty {
            error(DataMessages.seriesWithoutPeriods, at: node, hint: "add periods: [\"2013/14\", \"2014/15\"] to the table")
            return ([], [])
        }
        if items.count != periods.count {
            error(DataMessages.countMismatch("this row", found: items.count, expected: periods.count, of: "periods"), at: node)
        }
        var values: [ExactNumber?] = []
        var statuses: [FigureStatus?] = []
        for item in items {
            guard case .string(let text) = item.value else {
                values.append(item.value == .null ? nil : number(item, key: "values"))
                statuses.append(nil)
                continue
            }
            let (figure, status) = FigureStatus.split(text)
            // "5000 (estimated)": say which words are not a mark, rather than that it is not a number.
            if status == nil, let open = figure.firstIndex(of: "("), figure.hasSuffix(")"),
               ExactNumber(parsing: String(figure[..<open]).trimmedForData()) != nil {
                let number = String(figure[..<open]).trimmedForData()
                error(DataMessages.unknownMark(String(figure[open...])), at: item, hint: DataMessages.unknownMarkHint(number))
                values.append(nil)
                statuses.append(nil)
                continue
            }
            values.append(number(FrontMatterNode(.string(figure), line: item.line, column: item.column), key: "values"))
            statuses.append(status)
        }
        return (values, statuses)
    }

    /// A `true` or `false` value (a CSV cell holds it as text).
    mutating func flag(_ node: FrontMatterNode, key: String) -> Bool? {
        if case .string(let text) = node.value, let value = Bool(text.trimmedForData().lowercased()) { return value }
        guard case .bool(let value) = node.value else {
            error(DataMessages.wrongType(key, expected: "true or false", found: node.value), at: node)
            return nil
        }
        return value
    }

    mutating func statedChange(_ node: FrontMatterNode, fields: Fields) -> StatedChange? {
        var text = ""
        switch node.value {
        case .string(let string): text = string.trimmedForData()
        default: break
        }
        // A stated change may be written with its percent sign: "-14%".
        let percent = text.hasSuffix("%")
            ? ExactNumber(parsing: String(text.dropLast())) ?? number(node, key: "change")
            : number(node, key: "change")
        let period = statedPeriod(in: fields).flatMap { self.text($0, key: "period") }
        let qualifier = optional("qualifier", in: fields).flatMap { self.text($0, key: "qualifier") }
        guard let percent, let period else { return nil }
        return StatedChange(percent: percent, period: period, qualifier: qualifier)
    }

    mutating func statedPeriod(in fields: Fields) -> FrontMatterNode? {
        guard let node = optional("period", in: fields) else {
            error(DataMessages.statedNeedsPeriod, at: fields.node, hint: DataMessages.statedNeedsPeriodHint)
            return nil
        }
        return node
    }
}
