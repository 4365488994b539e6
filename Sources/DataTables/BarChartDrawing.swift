import TextSupport

/// Horizontal bars: for each category its label on its own line (wrapped, so long names fit
/// at 320px), then one bar per series with its value written at the bar's end. Series differ
/// by pattern (solid, hatched, dotted, outlined) and are named in a legend and in each label.
///
/// The drawing is fluid: heights and text are in pixels and lengths across are percentages of
/// the chart's width, so it fills its column at any width with text at the page's size, where a
/// drawing scaled whole was too small to read at 320px or far too big at 1280px.
struct BarChartDrawing {
    /// The figures to draw.
    var data: ChartData
    /// The block id, for pattern ids.
    var id: String

    /// The space left of the bars, in pixels.
    static let margin = 8.0
    /// Each bar's height, in pixels.
    static let barHeight = 16.0
    private let barGap = 4.0
    private let groupGap = 10.0
    /// The longest bar's share of the chart's width; the rest is room for its value label
    /// (about 130px on a 320px screen).
    static let longestBar = 55.0
    /// Category labels wrap at this many characters: about 290px of 13px text, the column at 320px.
    static let labelCharacters = 40

    /// The drawing.
    func draw() -> SVGDrawing {
        let scale = ChartScale(largest: data.largest, steps: 2, places: data.maximumPlaces)
        let named = data.series.count > 1
        var elements: [String] = []
        var y = Self.margin
        if named {
            for (index, series) in data.series.enumerated() {
                elements.append(bar(y: y, percent: nil, height: 14, style: index))
                elements.append(svgText(series.name, x: Self.margin + 20, y: y + 11.5))
                y += 20
            }
            y += 6
        }
        for (category, label) in data.categories.enumerated() {
            for line in wrapWords(label, width: Self.labelCharacters) {
                elements.append(svgText(line, x: Self.margin, y: y + 13, className: "chart-category"))
                y += 17
            }
            y += 2
            for (index, series) in data.series.enumerated() {
                let value = category < series.values.count ? series.values[category] : nil
                let prefix = named ? "\(series.name): " : ""
                if let value {
                    let percent = scale.position(of: value, length: Self.longestBar)
                    elements.append(bar(y: y, percent: percent, height: Self.barHeight, style: index))
                    let parts = series.labelParts(category)
                    let label = prefix + data.text(value, qualifier: parts.qualifier, status: parts.status)
                    elements.append(text(label, percent: percent, dx: Self.margin + 5, y: y + 12.5, size: 12))
                } else {
                    elements.append(svgText(prefix + "n/a", x: Self.margin + 5, y: y + 12.5, size: 12))
                }
                y += Self.barHeight + barGap
            }
            y += groupGap - barGap
        }
        elements += axis(scale: scale, bottom: y)
        return SVGDrawing(
            kindName: "Bar chart",
            explanation: explanation,
            definitions: named ? ChartPatterns.definitions(id: id) : [],
            elements: elements,
            height: y + 44,
            isFluid: true
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

    /// A bar from the left margin, `percent` of the chart's width long; a legend key when nil.
    func bar(y: Double, percent: Double?, height: Double, style: Int) -> String {
        let width = percent.map { "\(svgNumber($0))%" } ?? "14"
        return "<rect x=\"\(svgNumber(Self.margin))\" y=\"\(svgNumber(y))\" width=\"\(width)\" height=\"\(svgNumber(height))\" "
            + "fill=\"\(ChartPatterns.fill(style, id: id))\" stroke=\"currentColor\" stroke-width=\"1.5\"/>"
    }

    /// Text at `percent` of the chart's width, moved `dx` pixels right (`x` cannot add the two).
    func text(_ content: String, percent: Double, dx: Double, y: Double, anchor: String? = nil, size: Int) -> String {
        let anchorAttribute = anchor.map { " text-anchor=\"\($0)\"" } ?? ""
        return "<text x=\"\(svgNumber(percent))%\" dx=\"\(svgNumber(dx))\" y=\"\(svgNumber(y))\"\(anchorAttribute) "
            + "font-size=\"\(size)\" fill=\"currentColor\">\(HTMLEscape.text(content))</text>"
    }

    func axis(scale: ChartScale, bottom: Double) -> [String] {
        let margin = svgNumber(Self.margin)
        let end = svgNumber(Self.longestBar)
        // A line cannot start at pixels and end at a percentage, so the axis is a bar one pixel tall.
        var elements = ["<rect x=\"\(margin)\" y=\"\(svgNumber(bottom - 0.75))\" width=\"\(end)%\" height=\"1.5\" fill=\"currentColor\"/>"]
        for (index, tick) in scale.ticks.enumerated() {
            let percent = scale.position(of: tick, length: Self.longestBar)
            elements.append("<rect x=\"\(svgNumber(percent))%\" y=\"\(svgNumber(bottom))\" width=\"1\" height=\"5\" "
                            + "transform=\"translate(\(margin) 0)\" fill=\"currentColor\"/>")
            elements.append(text(data.unit.text(tick), percent: percent, dx: Self.margin, y: bottom + 18,
                                 anchor: index == 0 ? "start" : "middle", size: 11))
        }
        elements.append(text(axisTitle(for: data.unit), percent: Self.longestBar / 2, dx: Self.margin, y: bottom + 36,
                             anchor: "middle", size: 12))
        return elements
    }
}
