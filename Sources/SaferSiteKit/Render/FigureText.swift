/// How a key figure from front matter is shown: `43`, `2%`, `£12,500`, `5,000`.
enum FigureText {
    static func display(_ value: FrontMatterValue, unit: String?) -> String {
        let number: String = switch value {
        case .int(let whole): groupThousands(String(whole))
        case .float(_, let literal): groupThousands(literal)
        case .string(let text): text
        default: ""
        }
        switch unit {
        case "percent": return number + "%"
        case "pounds": return "£" + number
        default: return number
        }
    }

    /// Puts commas between thousands in the whole part of a decimal written as text.
    static func groupThousands(_ literal: String) -> String {
        var sign = ""
        var digits = Substring(literal)
        if let first = digits.first, first == "-" || first == "+" {
            sign = first == "-" ? "-" : ""
            digits = digits.dropFirst()
        }
        let parts = digits.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let whole = Array(parts[0])
        guard whole.allSatisfy(\.isNumber) else { return literal }
        var grouped = ""
        for (index, digit) in whole.enumerated() {
            if index > 0 && (whole.count - index) % 3 == 0 { grouped.append(",") }
            grouped.append(digit)
        }
        return sign + grouped + (parts.count > 1 ? "." + parts[1] : "")
    }
}
