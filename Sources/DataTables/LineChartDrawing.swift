/// A line per series over the categories (periods) from left to right, on a value axis from
/// zero with gridlines. Lines differ by dash and marker shape, named in a legend; every point is
/// labelled with its value. A missing value breaks the line rather than being guessed.
struct LineChartDrawing {
    /// The figures to draw.
    var data: ChartData
    /// The block id.
    var id: String

    private let margin = 8.0
    private let plotHeight = 180.0
    /// The size of tick and value labels in SVG units: a line chart scales whole, to 0.8 of its
    /// size in the 288px column of a 320px screen, where 12 units is still about 9.6px.
    static let smallText = 12

    /// The drawing.
    func draw() -> SVGDrawing {
        let scale = ChartScale(largest: data.largest, steps: 4, places: data.maximumPlaces)
        var elements: [String] = []
        var y = margin
        for (index, series) in data.series.enumerated() {
            elements.append(Self.path([(margin, y + 7), (margin + 28, y + 7)], style: index))
            elements.append(Self.marker(x: margin + 14, y: y + 7, style: index))
            elements.append(svgText(series.name, x: margin + 36, y: y + 11.5))
            y += 20
        }
        let tickLabels = scale.ticks.map { data.unit.text($0) }
        let left = margin + Double(tickLabels.map(\.count).max() ?? 1) * 7.5 + 8
        let right = ChartSVGRenderer.width - margin - 20
        elements.append(svgText(axisTitle(for: data.unit), x: margin, y: y + 16, size: 12))
        let top = y + 36
        let bottom = top + plotHeight
        for (tick, label) in zip(scale.ticks, tickLabels) {
            let tickY = bottom - scale.position(of: tick, length: plotHeight)
            elements.append(svgLine(x1: left, y1: tickY, x2: right, y2: tickY, extra: " stroke-opacity=\"0.3\""))
            elements.append(svgText(label, x: left - 6, y: tickY + 4, anchor: "end", size: Self.smallText))
        }
        elements.append(svgLine(x1: left, y1: top, x2: left, y2: bottom, width: 1.5))
        elements.append(svgLine(x1: left, y1: bottom, x2: right, y2: bottom, width: 1.5))
        let xs = positions(count: data.categories.count, from: left + 16, to: right - 8)
        for (x, label) in zip(xs, data.categories) {
            elements.append(svgText(label, x: x, y: bottom + 18, anchor: "middle", size: Self.smallText))
        }
        for (index, series) in data.series.enumerated() {
            let points = zip(xs, series.values).map { x, value in
                value.map { (x, bottom - scale.position(of: $0, length: plotHeight), $0) }
            }
            for run in runs(of: points) where run.count >= 2 {
                elements.append(Self.path(run.map { ($0.0, $0.1) }, style: index))
            }
            for (category, point) in points.enumerated() {
                guard let (x, pointY, value) = point else { continue }
                elements.append(Self.marker(x: x, y: pointY, style: index))
                let label = data.text(value, status: series.labelParts(category).status)
                elements.append(svgText(label, x: x, y: pointY - 9, anchor: "middle", size: Self.smallText))
            }
        }
        let names = data.series.map(\.name).joined(separator: "; ")
        let range = [data.categories.first, data.categories.last].compactMap { $0 }.joined(separator: " to ")
        return SVGDrawing(
            kindName: "Line chart",
            explanation: "One line for each of: \(names), from \(range), each point labelled with its value.",
            definitions: [],
            elements: elements,
            height: bottom + 30
        )
    }
}

// MARK: - Helpers

private extension LineChartDrawing {
    static let dashes = ["", " stroke-dasharray=\"7 4\"", " stroke-dasharray=\"2 3\"", " stroke-dasharray=\"10 3 2 3\""]

    static func path(_ points: [(Double, Double)], style: Int) -> String {
        let coordinates = points.map { "\(svgNumber($0.0)),\(svgNumber($0.1))" }.joined(separator: " ")
        return "<polyline points=\"\(coordinates)\" fill=\"none\" stroke=\"currentColor\" stroke-width=\"2\"\(dashes[style % dashes.count])/>"
    }

    /// Circle, square, triangle or open diamond.
    static func marker(x: Double, y: Double, style: Int) -> String {
        switch style % 4 {
        case 0:
            return "<circle cx=\"\(svgNumber(x))\" cy=\"\(svgNumber(y))\" r=\"4\" fill=\"currentColor\"/>"
        case 1:
            return "<rect x=\"\(svgNumber(x - 4))\" y=\"\(svgNumber(y - 4))\" width=\"8\" height=\"8\" fill=\"currentColor\"/>"
        case 2:
            return polygon([(x, y - 5), (x + 5, y + 4), (x - 5, y + 4)], fill: "currentColor")
        default:
            return polygon([(x, y - 5), (x + 5, y), (x, y + 5), (x - 5, y)], fill: "none")
        }
    }

    static func polygon(_ points: [(Double, Double)], fill: String) -> String {
        let coordinates = points.map { "\(svgNumber($0.0)),\(svgNumber($0.1))" }.joined(separator: " ")
        return "<polygon points=\"\(coordinates)\" fill=\"\(fill)\" stroke=\"currentColor\" stroke-width=\"1.5\"/>"
    }

    /// `count` x positions spread evenly from `start` to `end` (one category sits in the middle).
    func positions(count: Int, from start: Double, to end: Double) -> [Double] {
        guard count > 1 else { return [(start + end) / 2] }
        return (0..<count).map { start + (end - start) * Double($0) / Double(count - 1) }
    }

    /// The stretches of consecutive points with values.
    func runs<Point>(of points: [Point?]) -> [[Point]] {
        var runs: [[Point]] = [[]]
        for point in points {
            if let point { runs[runs.count - 1].append(point) } else if !runs[runs.count - 1].isEmpty { runs.append([]) }
        }
        return runs
    }
}
