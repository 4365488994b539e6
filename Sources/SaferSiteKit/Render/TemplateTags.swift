/// What the theme loader needs to know of a template before swift-mustache compiles it: the
/// partials it includes and where, and whether its sections nest too deep. swift-mustache parses
/// a nested section by calling itself and renders a partial by calling itself, with no limit, so
/// 50,000 nested sections or a partial that includes itself ran the build out of stack
/// ("Segmentation fault", no message). Read in one pass over the bytes, following `{{=<% %>=}}`
/// delimiter changes as Mustache does.
struct TemplateTags: Sendable {
    /// One `{{>partial}}` or `{{<parent}}` tag.
    struct Include: Sendable, Hashable {
        /// The template it names, as written (`partials/header`).
        let name: String
        /// Whether the name is picked at render time (`{{>*name}}`), so cannot be checked.
        let dynamic: Bool
        /// The tag's 1-based line in the template file.
        let line: Int
        /// The tag's 1-based character column.
        let column: Int
        /// The tag as written, for messages.
        let tag: String
    }

    /// How deep sections (`#`, `^`, `$` and `<` tags) may nest: far more than a theme needs, far
    /// less than runs swift-mustache's parser out of stack.
    static let maximumDepth = 100

    /// Every include tag, in the order written.
    private(set) var includes: [Include] = []
    /// The first tag that opens a section deeper than `maximumDepth`: its line and column.
    private(set) var tooDeep: (line: Int, column: Int)?

    /// Reads the tags of a template's text.
    init(_ text: String) {
        let bytes = Array(text.utf8)
        var open: [UInt8] = Array("{{".utf8), close: [UInt8] = Array("}}".utf8)
        var found: [Include] = []
        var depth = 0
        var line = 1, lineStart = 0
        var index = 0
        func matches(_ pattern: [UInt8], at offset: Int) -> Bool {
            offset + pattern.count <= bytes.count && bytes[offset..<offset + pattern.count].elementsEqual(pattern)
        }
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "\n") {
                line += 1
                lineStart = index + 1
                index += 1
                continue
            }
            guard matches(open, at: index) else {
                index += 1
                continue
            }
            // The tag's place, worked out only for the few tags that need it.
            let (tagLine, tagLineStart, tagStart) = (line, lineStart, index)
            let column = { String(decoding: bytes[tagLineStart..<tagStart], as: UTF8.self).count + 1 }
            var contentStart = index + open.count
            // `{{{name}}}`: the third brace belongs to the tag, and so does the closing one.
            let triple = open == Array("{{".utf8) && contentStart < bytes.count && bytes[contentStart] == UInt8(ascii: "{")
            var closeAt = contentStart
            while closeAt < bytes.count && !matches(close, at: closeAt) { closeAt += 1 }
            guard closeAt < bytes.count else { break }
            var contentEnd = closeAt
            var after = closeAt + close.count
            if triple, after < bytes.count, bytes[after] == UInt8(ascii: "}") { after += 1 }
            if triple { contentStart += 1 }
            // A tag may span lines (a comment): its line breaks still count.
            for offset in tagStart..<after where bytes[offset] == UInt8(ascii: "\n") {
                line += 1
                lineStart = offset + 1
            }
            while contentStart < contentEnd, bytes[contentStart] == UInt8(ascii: " ") { contentStart += 1 }
            while contentEnd > contentStart, bytes[contentEnd - 1] == UInt8(ascii: " ") { contentEnd -= 1 }
            let content = bytes[contentStart..<contentEnd]
            switch content.first {
            case UInt8(ascii: "="):
                // `{{=<% %>=}}`: the new delimiters, split at white space.
                let inner = content.dropFirst().dropLast(content.last == UInt8(ascii: "=") ? 1 : 0)
                let parts = inner.split(whereSeparator: { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") })
                if parts.count == 2 {
                    open = Array(parts[0])
                    close = Array(parts[1])
                }
            case UInt8(ascii: "#"), UInt8(ascii: "^"), UInt8(ascii: "$"), UInt8(ascii: "<"):
                depth += 1
                if depth > Self.maximumDepth, tooDeep == nil { tooDeep = (tagLine, column()) }
                if content.first == UInt8(ascii: "<") { found.append(Self.include(content, line: tagLine, column: column())) }
            case UInt8(ascii: "/"):
                depth = max(0, depth - 1)
            case UInt8(ascii: ">"):
                found.append(Self.include(content, line: tagLine, column: column()))
            default:
                break
            }
            index = after
        }
        includes = found
    }

    /// The include tag whose text, from its `>` or `<`, is `content`.
    private static func include(_ content: ArraySlice<UInt8>, line: Int, column: Int) -> Include {
        var name = content.dropFirst()
        while name.first == UInt8(ascii: " ") { name = name.dropFirst() }
        let dynamic = name.first == UInt8(ascii: "*")
        if dynamic { name = name.dropFirst() }
        let written = String(decoding: name, as: UTF8.self)
        let kind = content.first == UInt8(ascii: "<") ? "<" : ">"
        return Include(name: written, dynamic: dynamic, line: line, column: column, tag: "{{\(kind)\(dynamic ? "*" : "")\(written)}}")
    }
}
