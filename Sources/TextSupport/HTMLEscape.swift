/// Escaping for text placed in HTML, so content can never become markup.
package enum HTMLEscape {
    /// Escapes `&`, `<`, `>`, `"` and `'` for use in element content or a quoted attribute.
    package static func text(_ value: String) -> String {
        // Most text (titles, addresses, dates) has none of the five: it is returned as it is.
        guard value.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 }) else {
            return value
        }
        var result = ""
        result.reserveCapacity(value.utf8.count)
        for scalar in value.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// The same escaping, named for attribute values.
    package static func attribute(_ value: String) -> String {
        text(value)
    }
}
