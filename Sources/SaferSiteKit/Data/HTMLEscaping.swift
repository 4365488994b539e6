/// Text made safe to place in HTML or SVG, as element content or inside a quoted attribute.
///
/// Escapes `&`, `<`, `>`, `"` and `'`, so a caption such as `<script>` is shown, never run.
func escapeHTML(_ text: String) -> String {
    var result = ""
    result.reserveCapacity(text.utf8.count)
    for character in text {
        switch character {
        case "&": result += "&amp;"
        case "<": result += "&lt;"
        case ">": result += "&gt;"
        case "\"": result += "&quot;"
        case "'": result += "&#39;"
        default: result.append(character)
        }
    }
    return result
}
