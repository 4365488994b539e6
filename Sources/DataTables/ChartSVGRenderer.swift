import TextSupport

/// Draws a table as an inline SVG chart: bars to compare rows (a money table, or a trend with
/// two periods as paired bars), a line per row for a trend over three or more periods.
///
/// Charts are readable in greyscale and without colour: series differ by fill pattern or dash
/// and marker shape, every bar and point is labelled with its value, and strokes use the text
/// colour (`currentColor`). The SVG fills its column: a bar chart is laid out in pixels with its
/// lengths across in percentages (`BarChartDrawing`); a line chart scales whole (`viewBox`,
/// `width="100%"`), drawn 360 units wide so its text stays legible on a 320px screen. When rows
/// of the table could not be charted, a note under the chart says how many. It has `role="img"`, a
/// `<title>` and a `<desc>`; the table itself follows in a `<details>` as the accessible
/// alternative. No script.
struct ChartSVGRenderer {
    /// The block's page-unique id; every id in the chart starts with it.
    var id: String
    /// Where the table's CSV can be downloaded, or nil for no link.
    var csvURL: String?

    /// The width of the drawing in SVG units.
    static let width = 360.0

    /// The chart, its caption, source, and the table as an alternative.
    func html(for table: DataTable) throws(DataBlockError) -> String {
        let data: ChartData
        let drawing: SVGDrawing
        switch table {
        case .figures:
            throw .noChartForFigures(table)
        case .money(let money):
            data = ChartData(money)
            drawing = BarChartDrawing(data: data, id: id).draw()
        case .trend(let trend):
            guard trend.hasSeries else { throw .noSeries(table) }
            let asLines = trend.periods.count >= 3
            data = ChartData(trend, asLines: asLines)
            drawing = asLines ? LineChartDrawing(data: data, id: id).draw() : BarChartDrawing(data: data, id: id).draw()
        }
        if data.hasNegative { throw .negativeValues(table) }
        let (sources, notes): ([String], [String]) = switch table {
        case .trend(let trend): (trend.sources, TableHTMLRenderer.notes(for: trend))
        case .money(let money): (money.source.map { [$0] } ?? [], money.notes)
        case .figures: ([], [])
        }
        var lines = [
            "<figure class=\"data-chart\" id=\"\(HTMLEscape.text(id))\">",
            "<figcaption>\(HTMLEscape.text(data.caption))</figcaption>",
            svg(drawing, data: data),
        ]
        if let note = data.omissionNote { lines.append("<p class=\"data-note chart-omission\">\(HTMLEscape.text(note))</p>") }
        lines += [
            "<details class=\"chart-table\">",
            "<summary>The figures in this chart, as a table</summary>",
        ]
        lines.append(TableHTMLRenderer(id: "\(id)-table", csvURL: nil, showsFooter: false).html(for: table))
        lines.append("</details>")
        lines += TableHTMLRenderer.footer(sources: sources, notes: notes, caption: data.caption, csvURL: csvURL)
        lines.append("</figure>")
        return lines.joined(separator: "\n") + "\n"
    }
}

/// The elements of a chart and the height they need, before they are wrapped in `<svg>`.
struct SVGDrawing {
    /// "Bar chart" or "Line chart", said in the description.
    var kindName: String
    /// What the chart's shapes mean, said in the description.
    var explanation: String
    /// Pattern definitions for `<defs>`, if any.
    var definitions: [String]
    /// The drawing's elements, in painting order.
    var elements: [String]
    /// The height in SVG units.
    var height: Double
    /// Whether the drawing is in pixels with lengths across in percentages of its width, and so
    /// has no `viewBox` (see `BarChartDrawing`).
    var isFluid = false
}

// MARK: - Helpers

private extension ChartSVGRenderer {
    func svg(_ drawing: SVGDrawing, data: ChartData) -> String {
        let titleID = HTMLEscape.text("\(id)-chart-title")
        let descID = HTMLEscape.text("\(id)-chart-desc")
        var description = "\(drawing.kindName) of \(data.caption). \(drawing.explanation)"
        if let note = data.omissionNote { description += " \(note)" }
        description += " The same figures are in the table that follows the chart."
        let size = drawing.isFluid
            ? "class=\"chart chart-fluid\" width=\"100%\" height=\"\(svgNumber(drawing.height))\""
            : "class=\"chart\" viewBox=\"0 0 \(svgNumber(Self.width)) \(svgNumber(drawing.height))\" width=\"100%\""
        var lines = [
            "<svg \(size) role=\"img\" aria-labelledby=\"\(titleID) \(descID)\" font-size=\"13\">",
            "<title id=\"\(titleID)\">\(HTMLEscape.text(data.caption))</title>",
            "<desc id=\"\(descID)\">\(HTMLEscape.text(description))</desc>",
        ]
        if !drawing.definitions.isEmpty {
            lines += ["<defs>"] + drawing.definitions + ["</defs>"]
        }
        lines += drawing.elements
        lines.append("</svg>")
        return lines.joined(separator: "\n")
    }
}

// MARK: - Shared drawing

/// Words wrapped to lines of at most `width` characters, so long labels fit a narrow chart.
func wrapWords(_ text: String, width: Int) -> [String] {
    var lines: [String] = []
    var line = ""
    for word in text.split(separator: " ") {
        if line.isEmpty {
            line = String(word)
        } else if line.count + 1 + word.count <= width {
            line += " " + word
        } else {
            lines.append(line)
            line = String(word)
        }
    }
    if !line.isEmpty { lines.append(line) }
    return lines
}

/// An SVG `<text>` element with escaped content.
func svgText(_ text: String, x: Double, y: Double, anchor: String? = nil, size: Int? = nil, className: String? = nil) -> String {
    var attributes = "x=\"\(svgNumber(x))\" y=\"\(svgNumber(y))\""
    if let anchor { attributes += " text-anchor=\"\(anchor)\"" }
    if let size { attributes += " font-size=\"\(size)\"" }
    if let className { attributes += " class=\"\(className)\"" }
    return "<text \(attributes) fill=\"currentColor\">\(HTMLEscape.text(text))</text>"
}

/// An SVG `<line>` in the text colour.
func svgLine(x1: Double, y1: Double, x2: Double, y2: Double, width: Double = 1, extra: String = "") -> String {
    "<line x1=\"\(svgNumber(x1))\" y1=\"\(svgNumber(y1))\" x2=\"\(svgNumber(x2))\" y2=\"\(svgNumber(y2))\" "
        + "stroke=\"currentColor\" stroke-width=\"\(svgNumber(width))\"\(extra)/>"
}

/// The title of the value axis: what the numbers are.
func axisTitle(for unit: DataUnit) -> String {
    switch unit {
    case .count: "Number"
    case .percent: "Per cent (%)"
    case .pounds: "Pounds (£)"
    }
}
