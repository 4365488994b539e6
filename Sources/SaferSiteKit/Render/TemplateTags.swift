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
        /// The name, `*` first when picked by a value: as `MustacheTemplate.parsedIncludes` lists it.
        var reference: String { (dynamic ? "*" : "") + name }
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
    /// next line); a delimiter is matched character by character, so `{{` followed by a combining
    /// mark is text; and `{{=<% %>=}}` takes its new delimiters up to white space (and `=`), so
    /// they may hold `}}`. Reading these differently let `{{\n{{>page}}` in `page` slip past the
    /// loop check and run the build out of stack. `ThemeLoader` still compares the includes read
    /// here with those swift-mustache parsed, and refuses a template where they differ.
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
        // Lines as `SourceLines` counts them, so a finding's line is the one shown under it:
        // LF, CR LF (one character) and a lone CR each end one.
        func endsLine(_ character: Character) -> Bool {
            character == "\n" || character == "\r\n" || character == "\r"
        }
        func skipWhiteSpace(from offset: Int) -> Int {
            var offset = offset
            while offset < characters.count, characters[offset].isWhitespace { offset += 1 }
            return offset
        }
        while index < characters.count {
            if endsLine(characters[index]) {
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
            if contentStart < characters.count, characters[contentStart] == "=" {
                // `{{=<% %>=}}`, read as swift-mustache reads it: the new opening delimiter up to
                // white space, the new closing one up to `=` or white space, then `=` and the old
                // closing delimiter. Anything else is a parse error, which the loader reports.
                var offset = skipWhiteSpace(from: contentStart + 1)
                let newOpenStart = offset
                while offset < characters.count, !characters[offset].isWhitespace { offset += 1 }
                let newOpen = Array(characters[newOpenStart..<offset])
                offset = skipWhiteSpace(from: offset)
                let newCloseStart = offset
                while offset < characters.count, characters[offset] != "=", !characters[offset].isWhitespace { offset += 1 }
                let newClose = Array(characters[newCloseStart..<offset])
                offset = skipWhiteSpace(from: offset)
                guard offset < characters.count, characters[offset] == "=", matches(close, at: offset + 1),
                      !newOpen.isEmpty, !newClose.isEmpty else { break }
                index = offset + 1 + close.count
                for position in tagStart..<index where endsLine(characters[position]) {
                    line += 1
                    lineStart = position + 1
                }
                (open, close) = (newOpen, newClose)
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
            for position in tagStart..<after where endsLine(characters[position]) {
                line += 1
                lineStart = position + 1
            }
            while contentStart < contentEnd, characters[contentStart].isWhitespace { contentStart += 1 }
            while contentEnd > contentStart, characters[contentEnd - 1].isWhitespace { contentEnd -= 1 }
            let content = characters[contentStart..<contentEnd]
            switch content.first {
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

    /// The include tag whose text, from its `>` or `<`, is `content`. White space may stand
    /// before the name and after a `*`, as swift-mustache reads it (`{{>* page.layout}}`).
    private static func include(_ content: ArraySlice<Character>, line: Int, column: Int) -> Include {
        var name = content.dropFirst()
        while name.first?.isWhitespace == true { name = name.dropFirst() }
        let dynamic = name.first == "*"
        if dynamic { name = name.dropFirst() }
        while name.first?.isWhitespace == true { name = name.dropFirst() }
        let written = String(name)
        let kind = content.first == "<" ? "<" : ">"
        return Include(name: written, dynamic: dynamic, line: line, column: column, tag: "{{\(kind)\(dynamic ? "*" : "")\(written)}}")
    }
}
