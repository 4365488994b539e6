import TextSupport

/// Writes a data table as an accessible HTML table: a `<caption>`, column and row headers with
/// `scope`, numbers in `class="num"` cells (right-aligned, tabular figures in the theme's CSS)
/// with units and thousands separators, changes in words, and the source under the table.
///
/// The table sits in a focusable scroll container labelled by its caption, so a wide table
/// scrolls sideways on a phone instead of widening the page.
struct TableHTMLRenderer {
    /// The block's page-unique id; the caption's id is `ID-caption`.
    var id: String
    /// Where the table's CSV can be downloaded, or nil for no link.
    var csvURL: String?
    /// Whether to show the source, notes and link under the table (a chart shows them itself).
    var showsFooter = true

    /// The HTML for any kind of table.
    func html(for table: DataTable) -> String {
        switch table {
        case .trend(let trend): html(for: trend)
        case .money(let money): html(for: money)
        case .figures(let row): html(for: row)
        }
    }

    /// A trend table: measure, area, a column per period, the change in words and a judgement.
    func html(for table: TrendTable) -> String {
        var header = [headerCell("Measure"), headerCell("Area")]
        header += table.periods.map { headerCell($0, numeric: true) }
        // "Better or worse" wrapped to three lines at 375px; the cells ("better", "worse") say the rest.
        header += [headerCell("Change"), headerCell("Better or worse", short: "Better?")]
        var body: [String] = []
        for row in table.rows {
            var cells = [rowHeader(row.measure), cell(row.area)]
            let change = table.change(of: row)
            if let change, change.stated != nil, !row.values.contains(where: { $0 != nil }) {
                // A row with only a stated change says so in one cell across the figure and change
                // columns, rather than a row of "n/a" before the change.
                cells.append(statedChangeCell(change, columns: table.periods.count + 1))
                cells.append(judgementCell(change))
            } else {
                cells += table.periods.indices.map { index in
                    let value = index < row.values.count ? row.values[index] : nil
                    let mark = row.status(at: index).map { " " + $0.mark } ?? ""
                    return cell(value.map { table.unit.text($0) + mark } ?? "n/a", numeric: true)
                }
                cells += changeCells(change, marked: !row.statuses.allSatisfy { $0 == nil })
            }
            body.append(tableRow(cells))
        }
        return wrap(
            caption: table.caption, head: [tableRow(header)], body: body, foot: [],
            sources: table.sources, notes: Self.notes(for: table)
        )
    }

    /// A money table: a row per recipient, sub-totals after their group, and totals at the foot.
    func html(for table: MoneyTable) -> String {
        let places = table.places
        let header = [headerCell("Recipient")] + table.columns.map { headerCell($0, numeric: true) }
        let amounts: ([MoneyAmount]) -> [String] = { $0.map { cell($0.text(places: places), numeric: true) } }
        var body: [String] = []
        for (index, row) in table.rows.enumerated() {
            body.append(tableRow([rowHeader(row.label)] + amounts(row.values), class: row.group == nil ? nil : "in-group"))
            // A group's sub-totals follow its last row.
            guard let group = row.group, table.rows.lastIndex(where: { $0.group == group }) == index else { continue }
            for total in table.totals where total.scope == .group(group) {
                body.append(tableRow([rowHeader(total.label)] + amounts(total.values), class: "subtotal"))
            }
        }
        let foot = table.totals.filter { $0.scope == .all }.map { total in
            tableRow([rowHeader(total.label)] + amounts(total.values), class: "total")
        }
        return wrap(
            caption: table.caption, head: [tableRow(header)], body: body, foot: foot,
            sources: table.source.map { [$0] } ?? [], notes: table.notes
        )
    }

    /// Key figures as a two-column table, for a ```` ```table ```` block naming them.
    func html(for row: FigureRow) -> String {
        let header = [headerCell("What"), headerCell("Figure", numeric: true)]
        let body = row.figures.map { tableRow([rowHeader($0.label), cell($0.text, numeric: true)]) }
        return wrap(
            caption: row.caption, head: [tableRow(header)], body: body, foot: [],
            sources: row.source.map { [$0] } ?? [], notes: []
        )
    }
}

// MARK: - Shared with the other renderers

extension TableHTMLRenderer {
    /// The table's notes, then how its changes were computed when any were.
    static func notes(for table: TrendTable) -> [String] {
        guard table.rows.contains(where: { table.change(of: $0)?.from != nil }) else { return table.notes }
        return table.notes + [roundingNote(unit: table.unit, decimals: table.decimals)]
    }

    /// "Percentage changes are worked out from the figures and rounded to one decimal place,
    /// halves away from zero."
    static func roundingNote(unit: DataUnit, decimals: Int) -> String {
        if unit == .percent {
            return "Changes between percentages are given in percentage points, worked out exactly from the figures."
        }
        let places = switch decimals {
        case 0: "whole numbers"
        case 1: "one decimal place"
        default: "\(decimals) decimal places"
        }
        return "Percentage changes are worked out from the figures and rounded to \(places), halves away from zero."
    }

    /// The source, notes and download link shown under a table or figures.
    static func footer(sources: [String], notes: [String], caption: String, csvURL: String?) -> [String] {
        var lines: [String] = []
        if !sources.isEmpty {
            let label = sources.count == 1 ? "Source" : "Sources"
            lines.append("<p class=\"data-source\">\(label): \(sources.map(HTMLEscape.text).joined(separator: "; "))</p>")
        }
        lines += notes.map { "<p class=\"data-note\">\(HTMLEscape.text($0))</p>" }
        if let csvURL {
            lines.append(
                "<p class=\"data-download\"><a href=\"\(HTMLEscape.text(csvURL))\" download>"
                    + "Download \u{201C}\(HTMLEscape.text(caption))\u{201D} as CSV</a></p>"
            )
        }
        return lines
    }
}

// MARK: - Helpers

private extension TableHTMLRenderer {
    var captionID: String { "\(id)-caption" }

    func wrap(caption: String, head: [String], body: [String], foot: [String], sources: [String], notes: [String]) -> String {
        var lines = [
            "<div class=\"data-table\" id=\"\(HTMLEscape.text(id))\">",
            "<div class=\"table-scroll\" role=\"region\" aria-labelledby=\"\(HTMLEscape.text(captionID))\" tabindex=\"0\">",
            "<table>",
            "<caption id=\"\(HTMLEscape.text(captionID))\">\(HTMLEscape.text(caption))</caption>",
            "<thead>",
        ]
        lines += head + ["</thead>", "<tbody>"] + body + ["</tbody>"]
        if !foot.isEmpty { lines += ["<tfoot>"] + foot + ["</tfoot>"] }
        lines += ["</table>", "</div>"]
        if showsFooter { lines += Self.footer(sources: sources, notes: notes, caption: caption, csvURL: csvURL) }
        lines.append("</div>")
        return lines.joined(separator: "\n") + "\n"
    }

    /// The change and judgement cells; a row whose change is left out because a figure is
    /// projected or part-year says so rather than a bare "n/a".
    func changeCells(_ change: TrendChange?, marked: Bool = false) -> [String] {
        guard let change else {
            return marked ? [cell("not worked out: a figure is projected or part-year"), cell("not judged")] : [cell("n/a"), cell("n/a")]
        }
        return [
            "<td class=\"change change-\(change.movement.rawValue)\">\(HTMLEscape.text(change.words)) \(arrow(change))</td>",
            judgementCell(change),
        ]
    }

    /// "Only the change was published: down nearly 4% (2014/15)", across `columns` columns.
    func statedChangeCell(_ change: TrendChange, columns: Int) -> String {
        "<td colspan=\"\(columns)\" class=\"change change-\(change.movement.rawValue) change-only\">"
            + "Only the change was published: \(HTMLEscape.text(change.words)) \(arrow(change))</td>"
    }

    func arrow(_ change: TrendChange) -> String {
        "<span class=\"trend-arrow\" aria-hidden=\"true\">\(change.arrow)</span>"
    }

    func judgementCell(_ change: TrendChange) -> String {
        let judged = change.judgement == .better || change.judgement == .worse
        return "<td class=\"judgement judgement-\(judged ? change.judgement.rawValue : "none")\">\(change.judgement.rawValue)</td>"
    }

    /// A column header; with `short`, the short text is what shows and the full text is what a
    /// screen reader reads, with every cell of the column.
    func headerCell(_ text: String, numeric: Bool = false, short: String? = nil) -> String {
        let content = short.map {
            "<span aria-hidden=\"true\">\(HTMLEscape.text($0))</span><span class=\"visually-hidden\">\(HTMLEscape.text(text))</span>"
        } ?? HTMLEscape.text(text)
        return "<th scope=\"col\"\(numeric ? " class=\"num\"" : "")>\(content)</th>"
    }

    func rowHeader(_ text: String) -> String {
        "<th scope=\"row\">\(HTMLEscape.text(text))</th>"
    }

    func cell(_ text: String, numeric: Bool = false) -> String {
        "<td\(numeric ? " class=\"num\"" : "")>\(HTMLEscape.text(text))</td>"
    }

    func tableRow(_ cells: [String], class className: String? = nil) -> String {
        let attribute = className.map { " class=\"\($0)\"" } ?? ""
        return "<tr\(attribute)>" + cells.joined() + "</tr>"
    }
}
