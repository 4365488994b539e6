import TextSupport

/// The fills that tell bar series apart without colour: solid, hatched, dotted, outlined.
enum ChartPatterns {
    /// How many distinct fills there are; further series reuse them (their labels still name them).
    static let count = 4

    /// The `<pattern>` definitions, with ids starting with the block id.
    static func definitions(id: String) -> [String] {
        let hatch = HTMLEscape.text("\(id)-hatch")
        let dots = HTMLEscape.text("\(id)-dots")
        return [
            "<pattern id=\"\(hatch)\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">"
                + "<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"currentColor\" stroke-width=\"3\"/></pattern>",
            "<pattern id=\"\(dots)\" width=\"5\" height=\"5\" patternUnits=\"userSpaceOnUse\">"
                + "<circle cx=\"2.5\" cy=\"2.5\" r=\"1.3\" fill=\"currentColor\"/></pattern>",
        ]
    }

    /// The `fill` of series `index`.
    static func fill(_ index: Int, id: String) -> String {
        switch index % count {
        case 0: "currentColor"
        case 1: "url(#\(HTMLEscape.text("\(id)-hatch")))"
        case 2: "url(#\(HTMLEscape.text("\(id)-dots")))"
        default: "none"
        }
    }

    /// The fill in words, for the chart's description.
    static func name(of index: Int) -> String {
        switch index % count {
        case 0: "solid"
        case 1: "hatched"
        case 2: "dotted"
        default: "outlined"
        }
    }
}
