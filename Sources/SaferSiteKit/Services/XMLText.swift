import Foundation

/// Text made safe for XML 1.0 element content and quoted attributes.
enum XMLText {
    /// Escapes `&`, `<`, `>`, `"` and `'`, and drops the control characters XML 1.0 does not allow
    /// (everything below U+0020 but tab, line feed and carriage return, and U+FFFE/U+FFFF), which
    /// would otherwise make the whole file unreadable to a parser.
    static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&apos;"
            case "\t", "\n", "\r": result.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF { continue }
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// The text `escape` made the XML from: its five entities turned back (`&amp;` last, so
    /// `&amp;lt;` stays `&lt;`).
    static func unescape(_ xml: String) -> String {
        guard xml.contains("&") else { return xml }
        return xml.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&apos;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
    }
}
