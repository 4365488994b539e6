/// JSON string literals that stay inert wherever the file ends up.
///
/// Besides what JSON requires (`"`, `\` and control characters), this escapes `<`, `>` and `&`
/// (so `</script>` or `<!--` can never close or open anything if the JSON is ever inlined in
/// HTML), U+2028 and U+2029 (line terminators in older JavaScript), and the Unicode bidirectional
/// controls (so a title cannot silently reorder how the file reads). Parsers read all of these
/// back as the original characters.
package enum JSONText {
    /// `text` as a quoted JSON string.
    package static func quoted(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count + 2)
        append(quoted: text, to: &result)
        return result
    }

    /// Adds `text` as a quoted JSON string to the end of `result`: a large file is made without
    /// a string copied for every field.
    package static func append(quoted text: String, to result: inout String) {
        result += "\""
        // Most text needs nothing: no byte of it can start a character that `quoted` escapes.
        guard text.utf8.contains(where: mayNeedEscape) else {
            result += text
            result += "\""
            return
        }
        let scalars = text.unicodeScalars
        // Runs of scalars that need nothing are copied whole, not one scalar at a time.
        var runStart = scalars.startIndex
        var index = runStart
        while index < scalars.endIndex {
            let scalar = scalars[index]
            let escaped: String? = switch scalar {
            case "\"": "\\\""
            case "\\": "\\\\"
            case "\n": "\\n"
            case "\r": "\\r"
            case "\t": "\\t"
            case "\u{8}": "\\b"
            case "\u{C}": "\\f"
            default: mustEscape(scalar) ? unicodeEscape(scalar) : nil
            }
            let next = scalars.index(after: index)
            if let escaped {
                result += Substring(scalars[runStart..<index])
                result += escaped
                runStart = next
            }
            index = next
        }
        result += Substring(scalars[runStart...])
        result += "\""
    }

    /// A JSON array of strings.
    package static func array(_ items: [String]) -> String {
        "[" + items.map(quoted).joined(separator: ",") + "]"
    }
}

// MARK: - Helpers

extension JSONText {
    /// Whether a UTF-8 byte can start a character that must be escaped: an ASCII one, or the
    /// lead byte of U+061C (0xD8) or of U+2000 to U+2FFF (0xE2), where the others are.
    package static func mayNeedEscape(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x00...0x1F, 0x7F, 0x22, 0x5C, 0x3C, 0x3E, 0x26, 0xD8, 0xE2: true
        default: false
        }
    }

    package static func mustEscape(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F: true
        case 0x3C, 0x3E, 0x26: true                   // < > &
        case 0x2028, 0x2029: true                     // line and paragraph separators
        case 0x061C, 0x200E, 0x200F: true             // bidi marks
        case 0x202A...0x202E, 0x2066...0x2069: true   // bidi embeddings, overrides, isolates
        default: false
        }
    }

    private static func unicodeEscape(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16)
        return "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}
