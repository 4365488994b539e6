/// Horizontal bars: for each category its label on its own line (wrapped, so long names fit
/// at 320px), then one bar per series with its value written at the bar's end. Series differ
/// by pattern (solid, hatched, dotted, outlined) and are named in a legend and in each label.
struct BarChartDrawing {
    /// The figures to draw.
    var data: ChartData
    /// The block id, for pattern ids.
    var id: String

    private let margin = 8.0
    private let barHeight = 18.0
    private let barGap = 4.0
    private let groupGap = 12.0
    /// Room to the right of the longest bar for its value label.
    private let labelRoom = 136.0
    /// More room when a label carries a mark ("5,000 (projected)"), so it is not cut off.
    private let markRoom = 84.0

    /// The drawing.
    func draw() -> SVGDrawing {
        let scale = ChartScale(largest: data.largest, steps: 2, places: data.maximumPlaces)
        let marked = data.series.contains { $0.statuses.contains { $0 != nil } }
        let barLength = ChartSVGRenderer.width - 2 * margin - labelRoom - (marked ? markRoom : 0)
        let named = data.series.count > 1
        var elements: [String] = []
        var y = margin
        if named {
            for (index, series) in data.series.enumerated() {
                elements.append(bar(x: margin, y: y, length: 14, height: 14, style: index))
                elements.append(svgText(series.name, x: margin + 20, y: y + 11.5))
                y += 20
            }
            y += 6
        }
        for (category, label) in data.categories.enumerated() {
            for line in wrapWords(label, width: 46) {
                elements.append(svgText(line, x: margin, y: y + 13, className: "chart-category"))
                y += 17
            }
            y += 3
            for (index, series) in data.series.enumerated() {
                let value = category < series.values.count ? series.values[category] : nil
                let prefix = named ? "\(series.name): " : ""
                if let value {
                    let length = scale.position(of: value, length: barLength)
                    elements.append(bar(x: margin, y: y, length: length, height: barHeight, style: index))
                    let parts = series.labelParts(category)
                    let label = prefix + data.text(value, qualifier: parts.qualifier, status: parts.status)
                    elements.append(svgText(label, x: margin + length + 5, y: y + 13.5, size: 12))
                } else {
                    elements.append(svgText(prefix + "n/a", x: margin + 5, y: y + 13.5, size: 12))
                }
                y += barHeight + barGap
            }
            y += groupGap - barGap
        }
        elements += axis(scale: scale, bottom: y, length: barLength)
        return SVGDrawing(
            kindName: "Bar chart",
            explanation: explanation,
            definitions: named ? ChartPatterns.definitions(id: id) : [],
            elements: elements,
            height: y + 44
        )
    }
}

// MARK: - Helpers

private extension BarChartDrawing {
    var explanation: String {
        var text = "One bar for each"
        if data.series.count > 1 {
            let styles = data.series.indices.map { "\(data.series[$0].name) \(ChartPatterns.name(of: $0))" }
            text += " of " + data.series.map(\.name).joined(separator: " and ") + " per row (" + styles.joined(separator: ", ") + ")"
        } else {
            text += " row"
        }
        return text + ", each labelled with its value."
    }

    func bar(x: Double, y: Double, length: Double, height: Double, style: Int) -> String {
        "<rect x=\"\(svgNumber(x))\" y=\"\(svgNumber(y))\" width=\"\(svgNumber(length))\" height=\"\(svgNumber(height))\" "
            + "fill=\"\(ChartPatterns.fill(style, id: id))\" stroke=\"currentColor\" stroke-width=\"1.5\"/>"
    }

    func axis(scale: ChartScale, bottom: Double, length: Double) -> [String] {
        var elements = [svgLine(x1: margin, y1: bottom, x2: margin + length, y2: bottom, width: 1.5)]
        for (index, tick) in scale.ticks.enumerated() {
            let x = margin + scale.position(of: tick, length: length)
            elements.append(svgLine(x1: x, y1: bottom, x2: x, y2: bottom + 5))
            elements.append(svgText(data.unit.text(tick), x: x, y: bottom + 18, anchor: index == 0 ? "start" : "middle", size: 11))
        }
        elements.append(svgText(axisTitle(for: data.unit), x: margin + length / 2, y: bottom + 36, anchor: "middle", size: 12))
        return elements
    }
}
