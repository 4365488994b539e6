import TextSupport

/// Front matter values as JSON, for templates, caches and comparing with other YAML parsers.
public extension FrontMatterValue {
    /// Compact JSON: maps as objects with keys in the order written, dates as ISO 8601 strings
    /// (`FrontMatterDate.iso8601`), decimals as JSON numbers.
    ///
    /// JSON has no infinity or NaN, so `.inf`, `-.inf` and `.nan` are written as the strings
    /// `".inf"`, `"-.inf"` and `".nan"`. Strings are escaped per RFC 8259, and `<`, `>`, `&`,
    /// U+2028 and U+2029 are escaped too (`\u003c`...), so the text is safe inside an HTML
    /// `<script>` element.
    var jsonText: String {
        var output = ""
        appendJSON(to: &output)
        return output
    }
}

// MARK: - Helpers

private extension FrontMatterValue {
    func appendJSON(to output: inout String) {
        switch self {
        case .null:
            output += "null"
        case .bool(let value):
            output += value ? "true" : "false"
        case .int(let value):
            output += String(value)
        case .float(let value, _):
            if value.isNaN {
                output += "\".nan\""
            } else if value.isInfinite {
                output += value < 0 ? "\"-.inf\"" : "\".inf\""
            } else {
                output += "\(value)"
            }
        case .string(let text):
            Self.appendString(text, to: &output)
        case .date(let date):
            Self.appendString(date.iso8601, to: &output)
        case .sequence(let items):
            output += "["
            for (index, item) in items.enumerated() {
                if index > 0 { output += "," }
                item.value.appendJSON(to: &output)
            }
            output += "]"
        case .mapping(let entries):
            output += "{"
            for (index, entry) in entries.enumerated() {
                if index > 0 { output += "," }
                Self.appendString(entry.key, to: &output)
                output += ":"
                entry.value.value.appendJSON(to: &output)
            }
            output += "}"
        }
    }

    static func appendString(_ text: String, to output: inout String) {
        output += JSONText.quoted(text)
    }
}
