/// What the theme loader needs to know of a template before swift-mustache compiles it: the
/// partials it includes and where, and whether its sections nest too deep. swift-mustache parses
/// a nested section by calling itself and renders a partial by calling itself, with no limit, so
/// 50,000 nested sections or a partial that includes itself ran the build out of stack
/// ("Segmentation fault", no message). Read in one pass, following `{{=<% %>=}}` delimiter
/// changes as Mustache does.
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

    /// Reads the tags of a template's text. It reads `Character`s, as swift-mustache's parser does,
    /// and follows that parser where it differs from the Mustache spec: an opening delimiter
    /// followed by a line break opens no tag (the parser drops the delimiter and goes on to the
    /// next line), and a delimiter is matched character by character, so `{{` followed by a
    /// combining mark is text. Reading these differently let `{{\n{{>page}}` in `page` slip past
    /// the loop check and run the build out of stack.
    init(_ text: String) {
        let characters = Array(text)
        var open: [Character] = ["{", "{"], close: [Character] = ["}", "}"]
        var found: [Include] = []
        var depth = 0
        var line = 1, lineStart = 0
        var index = 0
        func matches(_ pattern: [Character], at offset: Int) -> Bool {
            offset + pattern.count <= characters.count && characters[offset..<offset + pattern.count].elementsEqual(pattern)
        }
        while index < characters.count {
            if characters[index].isNewline {
                line += 1
                lineStart = index + 1
                index += 1
                continue
            }
            guard matches(open, at: index) else {
                index += 1
                continue
            }
            let (tagLine, tagStart) = (line, index)
            let column = tagStart - lineStart + 1
            var contentStart = index + open.count
            if contentStart < characters.count, characters[contentStart].isNewline {
                index = contentStart
                continue
            }
            // `{{{name}}}`: the third brace belongs to the tag, and so does the closing one.
            let triple = open == ["{", "{"] && contentStart < characters.count && characters[contentStart] == "{"
            var closeAt = contentStart
            while closeAt < characters.count && !matches(close, at: closeAt) { closeAt += 1 }
            guard closeAt < characters.count else { break }
            var contentEnd = closeAt
            var after = closeAt + close.count
            if triple, after < characters.count, characters[after] == "}" { after += 1 }
            if triple { contentStart += 1 }
            // A tag may span lines (a comment): its line breaks still count.
            for offset in tagStart..<after where characters[offset].isNewline {
                line += 1
                lineStart = offset + 1
            }
            while contentStart < contentEnd, characters[contentStart].isWhitespace { contentStart += 1 }
            while contentEnd > contentStart, characters[contentEnd - 1].isWhitespace { contentEnd -= 1 }
            let content = characters[contentStart..<contentEnd]
            switch content.first {
            case "=":
                // `{{=<% %>=}}`: the new delimiters, split at white space.
                let inner = content.dropFirst().dropLast(content.last == "=" ? 1 : 0)
                let parts = inner.split(whereSeparator: \.isWhitespace)
                if parts.count == 2 {
                    open = Array(parts[0])
                    close = Array(parts[1])
                }
            case "#", "^", "$", "<":
                depth += 1
                if depth > Self.maximumDepth, tooDeep == nil { tooDeep = (tagLine, column) }
                if content.first == "<" { found.append(Self.include(content, line: tagLine, column: column)) }
            case "/":
                depth = max(0, depth - 1)
            case ">":
                found.append(Self.include(content, line: tagLine, column: column))
            default:
                break
            }
            index = after
        }
        includes = found
    }

    /// The include tag whose text, from its `>` or `<`, is `content`.
    private static func include(_ content: ArraySlice<Character>, line: Int, column: Int) -> Include {
        var name = content.dropFirst()
        while name.first?.isWhitespace == true { name = name.dropFirst() }
        let dynamic = name.first == "*"
        if dynamic { name = name.dropFirst() }
        let written = String(name)
        let kind = content.first == "<" ? "<" : ">"
        return Include(name: written, dynamic: dynamic, line: line, column: column, tag: "{{\(kind)\(dynamic ? "*" : "")\(written)}}")
    }
}
